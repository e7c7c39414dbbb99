# ZeroDivisionError from % by zero inside a helper.
def bucket(key: int, size: int) -> int:
    return key % size


sizes: list[int] = [7, 3, 1, 0, 5]
for s in sizes:
    print("size", s, "bucket", bucket(100, s))
print("not reached")

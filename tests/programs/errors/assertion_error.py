# AssertionError without a message escapes.
def check(n: int) -> int:
    assert n >= 0
    return n * 2


print(check(3))
print(check(0))
print(check(-1))

# Unbounded recursion raises RecursionError.
def forever(n: int) -> int:
    return forever(n + 1) + 1


print("starting")
print(forever(0))

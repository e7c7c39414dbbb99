def double(x: int) -> int:
    return 2 * x


print(double(1, 2))

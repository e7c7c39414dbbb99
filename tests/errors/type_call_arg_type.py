def double(x: int) -> int:
    return 2 * x


print(double("two"))
print(double(x=[2]))

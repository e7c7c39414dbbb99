# Integer floor division rounds toward negative infinity for every sign mix.
def show(a: int, b: int) -> None:
    print(f"{a} // {b} = {a // b}")


show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(-1, 3)
show(1, -3)
show(0, -3)
show(-6, 3)
show(6, -3)
show(-9223372036854775807, 2)
print(-7 // 2 * 2 + -7 % 2)

# Swapping and rotating variables with tuple assignment.
a: int = 1
b: int = 2
a, b = b, a
print(a, b)
x: str = "x"
y: str = "y"
z: str = "z"
x, y, z = y, z, x
print(x, y, z)
xs: list[int] = [1, 2, 3, 4]
xs[0], xs[-1] = xs[-1], xs[0]
print(xs)
i: int = 0
xs[i], i = 99, 2
print(xs, i)
f0: int = 0
f1: int = 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)

# Mixed int and float arithmetic promotes to float; / always gives float.
a: int = 7
b: float = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(a / 7, 8 / 2, -9 / 3, 1 / 4)
print(a == 7.0, 7.0 == 7, 1 == 1.0000000000000002)
print(3 * 0.1, 0.1 * 3 == 0.3)
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3, 2 ** 3.0)
print(10 ** 2 / 3, 1e2 == 100)
print(abs(-2.5), abs(-3), max(1.0, 2.5), min(3.0, 2.5))
x: float = 0.0
x += 1
x *= 2.5
print(x)

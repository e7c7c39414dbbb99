# Float arithmetic, rounding and repr.
a: float = 0.1
b: float = 0.2
print(a + b, a * 3, 1 / 3, 2.5 // 1, -2.5 // 1, 7.5 % 2, -7.5 % 2)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), int(3.99), int(-3.99))
print(float("1e3"), 1e16, 1e-5, 123456789.0 * 10, 3.0, -0.0)
print(abs(-1.5), 2 ** 0.5, 10 / 4, 9 ** -1)

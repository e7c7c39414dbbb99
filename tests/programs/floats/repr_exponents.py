# Float repr switches to exponent notation at 1e16 and below 1e-4.
vals: list[float] = [1e15, 1e16, 1e17, 1e22, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7]
for v in vals:
    print(v)
print(123456789012345.0, 1234567890123456.0, 12345678901234567.0)
print(9999999999999998.0, 1e100, 1.7976931348623157e308)
print(5e-324, 2.2250738585072014e-308)
print(-1e16, -1e-5, 1e16 + 1.0)
print(2.0 ** 60, 2.0 ** -20)

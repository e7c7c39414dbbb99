# float() from int and str; str() of the results.
texts: list[str] = [" 42 ", "-7", "1_000", "3.5", "1e3", "inf", "-nan", "-Infinity", "1E-2", "  +0.0  "]
for t in texts:
    print(repr(t), float(t))
print(float(3), float(-10), float(2 ** 53), float(2 ** 53 + 1))
print(float(9007199254740993), float(123456789012345678))

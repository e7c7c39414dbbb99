# float -> str -> float round-trips exactly; int <-> float conversions.
vals: list[float] = [0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 2 ** 0.5, -0.0, 5e-324]
for v in vals:
    s = str(v)
    back = float(s)
    print(s, back == v, repr(back))
print(float(int(3.99)), int(float("12.0")), int(float(" 7.5 ")))
print(float(2 ** 62), int(float(2 ** 62)), int(1e15 + 0.3))

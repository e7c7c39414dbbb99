# str() and repr() of floats agree; concatenation with str.
vals: list[float] = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-7, 123.456, 1 / 3, -2.5e-10]
for v in vals:
    s = str(v)
    print(s, repr(v), len(s), s == repr(v))
print("value: " + str(2.5) + "!")
print(str(100.0).split("."))

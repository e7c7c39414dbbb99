# Default float formatting in f-strings and :g vs repr.
vals: list[float] = [0.1, 1 / 3, 1e16, 1e15, 1e-5, 0.0001, 123456789.123456789, 2.0]
for v in vals:
    print(f"{v} {v:g} {v:.12g} {v!r}")
print(f"{1.0:.0f} {1.0:g} {1.0:.1g} {10.0:.1g} {15.0:.1g}")
print(f"{0.00001234:.2g} {123456:.2g}")

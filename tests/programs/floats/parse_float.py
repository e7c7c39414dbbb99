# float() parsing of strings: whitespace, signs, exponents, underscores, inf/nan.
texts: list[str] = [" 42 ", "-7", "3.5", "1e3", "-2.5E-3", "  .5", "5.", "+1.25",
                    "1_000.5", "inf", "-inf", "Infinity", "nan", "-nan", "1e400", "007"]
for t in texts:
    print(repr(t), float(t))
print(float(7), float(-0), float(True))
print(float("0.1") == 0.1, float("1e-5"))

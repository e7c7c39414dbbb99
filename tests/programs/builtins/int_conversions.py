# int() from str (whitespace, signs, underscores), float and bool.
texts: list[str] = ["42", " 42 ", "-7", "+8", "1_000", "0", "-0", "007", "\t12\n", "9223372036854775807"]
for t in texts:
    print(repr(t), int(t))
print(int(3.99), int(-3.99), int(1e18), int(True), int(False))
print(int("  -1_2_3  "), int(str(123) + "4"))

# isdigit() to validate tokens before int() conversion.
tokens: list[str] = ["12", "abc", "3x", "", "007", "-5", "42", " 7"]
total: int = 0
for t in tokens:
    if t.isdigit():
        total += int(t)
        print(t, "is a number")
    else:
        print(repr(t), "skipped")
print("total", total)

# ValueError from int() of a non-numeric string.
texts: list[str] = ["12", " 7 ", "x"]
total: int = 0
for t in texts:
    total += int(t)
    print("running total", total)
print("not reached")

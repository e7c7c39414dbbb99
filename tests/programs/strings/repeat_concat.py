# String repetition with * and concatenation with +.
print("ab" * 3, 3 * "xy", "-" * 10)
print(repr("abc" * 0), repr("abc" * -2))
s: str = ""
for i in range(5):
    s += str(i)
print(s)
line: str = "+" + "-" * 8 + "+"
print(line)
print("|" + " " * 8 + "|")
print(line)
print("a" + "b" + "c", "x" * 2 + "y" * 3)

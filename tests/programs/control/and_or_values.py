# and/or return one of their operands, not necessarily a bool.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "given" or "default", "" and "x", "a" and "b")
print(0.0 or 1.5, 2.5 and 0.0)
name: str = ""
shown = name or "anonymous"
print(shown)
n: int = 0
print(n or -1, n and -1, not n, not 7)
print(1 and 2 and 3, 0 or 0 or 9, 1 and 0 or 4)
xs: list[int] = []
ys: list[int] = [1]
print(xs or ys, xs and ys, ys and xs)

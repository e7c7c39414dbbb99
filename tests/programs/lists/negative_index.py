# Negative indexing reads and writes from the end.
xs: list[str] = ["a", "b", "c", "d"]
print(xs[-1], xs[-2], xs[-4])
xs[-1] = "z"
xs[-4] = "y"
print(xs)
for i in range(1, len(xs) + 1):
    print(-i, xs[-i])

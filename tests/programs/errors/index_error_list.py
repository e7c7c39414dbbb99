# IndexError when reading past the end of a list.
xs: list[int] = [1, 2, 3]
print(xs[2], xs[-3])
i: int = 0
while True:
    print("item", xs[i])
    i += 1

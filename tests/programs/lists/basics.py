# List creation, indexing, assignment, len and iteration.
xs: list[int] = [10, 20, 30, 40]
print(xs, len(xs), xs[0], xs[3])
xs[1] = 21
xs[-1] += 1
print(xs)
empty: list[int] = []
print(empty, len(empty), empty == [])
total: int = 0
for x in xs:
    total += x
print(total)
names: list[str] = ["a", "b"]
names[0] = names[0] + names[1]
print(names)

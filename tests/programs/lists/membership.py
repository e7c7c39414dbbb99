# in / not in on lists of ints, strs and floats.
xs: list[int] = [3, 1, 4, 1, 5, 9]
print(4 in xs, 7 in xs, 7 not in xs)
names: list[str] = ["ann", "bob"]
print("bob" in names, "Bob" in names)
fs: list[float] = [0.5, 1.0]
print(1 in fs, 1.0 in fs, 0.25 in fs)
seen: list[int] = []
for x in xs:
    if x not in seen:
        seen.append(x)
print(seen)

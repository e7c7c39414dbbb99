# enumerate() and zip() produce tuples that unpack in for loops.
names: list[str] = ["ann", "bob", "cy"]
scores: list[int] = [90, 72, 85]
for i, n in enumerate(names):
    print(i, n)
for n, s in zip(names, scores):
    print(f"{n}: {s}")
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
for pair in zip(names, scores):
    print(pair)
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6, 7])])

# zip() of two lists stops at the shorter one.
a: list[int] = [1, 2, 3, 4]
b: list[str] = ["w", "x", "y"]
for n, s in zip(a, b):
    print(n, s)
print([x + y for x, y in zip([1.5, 2.5], [10.0, 20.0])])
dot: int = 0
for p, q in zip(a, [4, 3, 2, 1]):
    dot += p * q
print(dot)
empty: list[int] = []
print([x for x, _ in zip(a, empty)])

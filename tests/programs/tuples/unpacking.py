# Tuple packing and unpacking in assignments and for loops.
point: tuple[int, int] = (3, 4)
x, y = point
print(x, y, point)
a, b, c = 1, "two", 3.0
print(a, b, c)
pairs: list[tuple[str, int]] = [("a", 1), ("b", 2), ("c", 3)]
for name, value in pairs:
    print(name, value * 10)
first, second = point[1], point[0]
print(first, second)
p, q = [10, 20]
print(p + q)

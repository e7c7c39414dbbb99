# Tuple comparison is lexicographic; equality compares elements.
print((1, 2) < (1, 3), (1, 2) < (2, 0), (2, "a") > (2, "B"))
print((1, 2) == (1, 2), (1, 2) != (1, 2), (0, 0) <= (0, 0))
print(("b", 1) < ("a", 9), (1.5, 2) > (1.5, 1))
pairs: list[tuple[int, str]] = [(3, "c"), (1, "z"), (2, "b"), (1, "a")]
best = pairs[0]
for p in pairs:
    if p < best:
        best = p
print(best)

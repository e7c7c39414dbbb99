# divmod on ints with all sign combinations matches // and %.
pairs: list[tuple[int, int]] = [(13, 4), (-13, 4), (13, -4), (-13, -4), (0, 4), (4, 13), (-4, 13)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q == a // b and r == a % b)
print(divmod(100, 7))
print(divmod(-100, 7))

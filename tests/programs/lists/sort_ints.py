# sort() and sorted() on list[int], and that sorted() does not modify its argument.
xs: list[int] = [5, -2, 9, 0, 3, 3, -7, 12, 1]
ys = sorted(xs)
print(xs)
print(ys)
xs.sort()
print(xs, xs == ys)
xs.sort()
print(xs)
print(sorted([3, 2, 1]), sorted([1]), sorted([0] * 0))
big: list[int] = [(i * 7919) % 101 for i in range(20)]
big.sort()
print(big)

# adder: rejected (starred assignment targets is not supported yet)
# Tuples, starred unpacking, swaps, multiple return values.
def minmax(xs: list[int]) -> tuple[int, int]:
    return min(xs), max(xs)


lo, hi = minmax([4, -2, 9, 0])
print(lo, hi)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = (5, 6, 7)
print(first, rest, init, last)
t: tuple[int, str, float] = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), (1, 2) < (1, 3))

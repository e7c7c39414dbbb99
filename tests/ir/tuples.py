def minmax(xs: list[int]) -> tuple[int, int]:
    return min(xs), max(xs)


lo, hi = minmax([3, 1, 4])
pair = (lo, "x")
print(pair, pair == (1, "x"), (1, 2) < (1, 3), len(pair))
q, r = divmod(17, 5)
print(q, r)

# Sorting floats including negatives, -0.0 and ints stored as floats.
xs: list[float] = [3.5, -1.25, 0.0, 2.0, -0.0, 1e10, -1e-10, 0.1]
print(sorted(xs))
xs.sort()
print(xs)
print(sorted([2.5, 2.25, 2.125]), min(xs), max(xs))

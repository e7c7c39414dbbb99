# Functions returning tuples of mixed types.
def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def split_name(full: str) -> tuple[str, str]:
    parts = full.split(" ")
    return (parts[0], parts[-1])


def stats(xs: list[float]) -> tuple[float, float, int]:
    mean = sum(xs, 0.0) / len(xs)
    return mean, max(xs) - min(xs), len(xs)


print(min_max([3, -1, 8, 2]))
lo, hi = min_max([5])
print(lo, hi)
print(split_name("Grace Brewster Hopper"))
m, spread, n = stats([1.0, 2.5, 4.0])
print(m, spread, n)

# Recursion to depth 900 stays within CPython's default limit.
def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def sum_list(xs: list[int], i: int) -> int:
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)


print(depth(900))
print(sum_list([k for k in range(800)], 0))
print(depth(10), depth(0))

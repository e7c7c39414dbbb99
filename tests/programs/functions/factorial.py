# Recursive and iterative factorial up to 20! (fits in 64 bits).
def fact_rec(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


def fact_iter(n: int) -> int:
    r: int = 1
    for k in range(2, n + 1):
        r *= k
    return r


for n in [0, 1, 5, 10, 15, 20]:
    print(n, fact_rec(n), fact_iter(n), fact_rec(n) == fact_iter(n))

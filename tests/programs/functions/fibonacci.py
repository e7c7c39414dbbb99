# Fibonacci: naive recursion, memo list, and iteration.
def fib_rec(n: int) -> int:
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_memo(n: int, memo: list[int]) -> int:
    if memo[n] >= 0:
        return memo[n]
    r = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = r
    return r


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib_rec(i) for i in range(15)])
memo: list[int] = [0, 1] + [-1] * 90
print(fib_memo(90, memo), fib_iter(90))
print(fib_rec(20), fib_iter(91))

# Collatz sequence lengths with while loops and int arithmetic.
def steps(n: int) -> int:
    count: int = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


best: int = 0
best_n: int = 0
for n in range(1, 10000):
    s = steps(n)
    if s > best:
        best = s
        best_n = n
print(steps(1), steps(6), steps(27))
print(best_n, best)

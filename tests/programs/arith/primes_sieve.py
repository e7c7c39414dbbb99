# Sieve of Eratosthenes with a list[bool].
N: int = 100


def sieve(n: int) -> list[int]:
    is_prime: list[bool] = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i: int = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


primes = sieve(N)
print(primes)
print(len(primes), sum(primes), primes[-1])
print(len(sieve(10000)))

# Recursive gcd and fast exponentiation by squaring modulo m.
def gcd(a: int, b: int) -> int:
    return a if b == 0 else gcd(b, a % b)


def power_mod(base: int, exp: int, m: int) -> int:
    if exp == 0:
        return 1 % m
    half = power_mod(base, exp // 2, m)
    r = half * half % m
    if exp % 2 == 1:
        r = r * base % m
    return r


print(gcd(1071, 462), gcd(17, 0), gcd(0, 17))
print(power_mod(2, 10, 1000), power_mod(3, 200, 1000000007), power_mod(7, 0, 1))
print(power_mod(123456789, 987654321, 1000000007))

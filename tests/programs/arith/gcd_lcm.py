# Euclid's gcd and lcm with loops and modulo.
def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    return abs(a * b) // gcd(a, b)


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-48, 18), gcd(48, -18))
print(lcm(4, 6), lcm(21, 6), lcm(-4, 6))
acc: int = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)

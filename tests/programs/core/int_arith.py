# Integer arithmetic, bit operations and comparisons.
def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a

x: int = 1234567
print(x + 1, x - 2, x * 3, x // 7, x % 7)
print(x & 0xFF, x | 1, x ^ 0x55, x << 3, x >> 4, ~x, -x)
print(gcd(1071, 462), gcd(0, 9), abs(-42), max(3, 9, 1), min(3, 9, 1))
print(1 < 2 < 3, 3 > 2 > 2, 5 == 5.0, 7 != 8)
print(int("-123") + 1, int("ff", 16), hex(255), oct(8), bin(5))

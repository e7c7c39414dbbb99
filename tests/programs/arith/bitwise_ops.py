# Bitwise and, or, xor, not on positive and negative ints.
a: int = 0b1100
b: int = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFFFF ^ 0x00FF)
mask: int = 0xFFFFFFFF
x: int = 0x12345678
print(x & mask, (x ^ mask) & mask, ~x & mask)
print(-1 & mask, -256 & 0xFF)
count: int = 0
n: int = 0b1011011101
while n:
    count += n & 1
    n >>= 1
print("popcount", count)

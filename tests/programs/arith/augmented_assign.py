# Augmented assignment operators on ints.
x: int = 100
x += 5
print(x)
x -= 15
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 11
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x &= 0xF0
print(x)
x |= 0x0F
print(x)
x ^= 0xFF
print(x)
y: int = -3
y //= 2
print(y)
y %= 5
print(y)

# Left and right shifts, including arithmetic right shift of negatives.
for i in range(0, 8):
    print(1 << i, 256 >> i, -256 >> i, -1 >> i)
print(1 << 62, (1 << 62) >> 61)
print(-7 >> 1, -8 >> 3, 7 >> 10, -7 >> 10)
print(5 << 0, 0 << 40)
x: int = 0xABCD
print((x >> 8) & 0xFF, x & 0xFF, ((x << 4) | (x >> 12)) & 0xFFFF)

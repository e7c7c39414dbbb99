# Integer powers that stay within 64 bits, and negative bases.
for e in range(0, 11):
    print(e, 2 ** e, 3 ** e, (-2) ** e)
print(2 ** 62)
print(-(2 ** 62) * 2)
print(10 ** 18)
print(7 ** 22)
print(pow(5, 3), pow(-5, 3))
print(2 ** -1, 10 ** -2)

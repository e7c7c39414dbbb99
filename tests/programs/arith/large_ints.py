# Values near the 64-bit limits that do not overflow.
big: int = 9223372036854775807
small: int = -9223372036854775807 - 1
print(big)
print(small)
print(big // 2, big % 10, big - 1)
print(small // 2, small % 10, small + 1)
print(big + small)
print(-big)
print(4611686018427387904 + 4611686018427387903)
print(3037000499 * 3037000499)
print(abs(small + 1))
print(big == 2 ** 62 - 1 + 2 ** 62)

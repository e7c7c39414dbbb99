# Floor division and modulo round toward negative infinity (Python reference 6.7).
pairs: list[tuple[int, int]] = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 10), (10, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
    assert (a // b) * b + a % b == a
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5)
print(2 ** 10, 2 ** 62, (-3) ** 3, 7 // 1, -7 % 1)

# Integer modulo takes the sign of the divisor.
values: list[int] = [-10, -7, -3, -1, 0, 1, 3, 7, 10]
for v in values:
    print(v, v % 3, v % -3, v % 7, v % -7)
print(-1 % 1000000007, 123456789 % -1000)
for v in values:
    assert (v // 4) * 4 + v % 4 == v
    assert (v // -4) * -4 + v % -4 == v
print("identity holds")

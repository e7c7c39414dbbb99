# Chained comparisons evaluate the middle operand once and short-circuit.
calls: int = 0


def mid(v: int) -> int:
    global calls
    calls += 1
    return v


x: int = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 < mid(5) < 10, calls)
print(10 < mid(5) < 20, calls)
print(1 < 2 < mid(3) < 2, calls)
print(3 == 3 == 3, 3 == 3 != 4, 1 < 3 > 2 == 2)
a: int = 2
b: int = 2
c: int = 3
print(a == b < c, a < b < c, a <= b <= c)

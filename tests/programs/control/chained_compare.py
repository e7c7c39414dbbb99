# Chained comparisons on floats and strings, inside if/while conditions.
def in_range(lo: float, x: float, hi: float) -> bool:
    return lo <= x < hi


temps: list[float] = [-5.5, 0.0, 12.25, 30.0, 45.1]
for t in temps:
    if t < 0.0:
        print(t, "freezing")
    elif 0.0 <= t < 15.0:
        print(t, "cold")
    elif 15.0 <= t <= 30.0:
        print(t, "mild")
    else:
        print(t, "hot")
print(in_range(0.0, 0.0, 1.0), in_range(0.0, 1.0, 1.0))
print("a" < "b" < "c", "a" < "c" < "b", "x" == "x" != "y")
n: int = 0
while 0 <= n < 5 != n:
    n += 2
print(n)
print(1 < 2 > 0 < 5 == 5 >= 4 <= 4 != 3)

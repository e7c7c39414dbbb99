# math.floor and math.ceil return ints; int() truncates.
import math

vals: list[float] = [2.3, 2.7, -2.3, -2.7, 5.0, -5.0, 0.0, -0.0, 1e15 + 0.5]
for v in vals:
    print(v, math.floor(v), math.ceil(v), int(v), round(v))
print(math.floor(7), math.ceil(-7))
print(math.floor(-0.5) == -1, math.ceil(-0.5) == 0)

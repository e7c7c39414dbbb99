# from math import sqrt alongside import math.
import math
from math import sqrt

print(sqrt(2.0), sqrt(2.0) == math.sqrt(2.0))
sides: list[tuple[float, float]] = [(3.0, 4.0), (5.0, 12.0), (1.0, 1.0)]
for a, b in sides:
    print(a, b, sqrt(a * a + b * b))

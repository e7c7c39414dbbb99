# abs() of ints, floats, bools, -0.0 and inf.
import math

print(abs(-5), abs(5), abs(0), abs(-2.5), abs(2.5))
print(abs(-0.0), abs(-math.inf), abs(True), abs(-9223372036854775807))
vals: list[int] = [-3, 7, -11, 0]
print([abs(v) for v in vals], sum([abs(v) for v in vals]))
print(abs(3 - 10), abs(1.5 - 4))

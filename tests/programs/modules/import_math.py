# import math and use qualified names for functions and constants.
import math

print(math.pi, math.e, math.inf)
print(math.sqrt(81), math.floor(-2.5), math.ceil(-2.5))
print(math.fabs(-1.25), math.exp(2.0), math.log(10.0))
print(math.isnan(math.inf - math.inf), math.isnan(math.pi))
r: float = 2.0
print(f"circle area {math.pi * r * r:.4f}, circumference {2 * math.pi * r:.4f}")

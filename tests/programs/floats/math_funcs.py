# math module: sqrt, fabs, sin, cos, exp, log and constants.
# adder: host-only (newlib's libm exp/pow are not correctly rounded: the last digit differs)
import math

print(math.pi, math.e)
print(math.sqrt(2.0), math.sqrt(16), math.sqrt(0.0))
print(math.fabs(-3.5), math.fabs(2))
print(math.sin(0.0), math.cos(0.0), math.sin(math.pi / 2))
print(math.exp(0.0), math.exp(1.0), math.log(1.0), math.log(math.e))
print(math.log(100.0), math.exp(-1.0))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi), 12))
print(math.inf, -math.inf)
angle: float = 0.0
while angle < 3.2:
    print(f"{angle:.1f} {math.sin(angle):.6f} {math.cos(angle):.6f}")
    angle += 0.8

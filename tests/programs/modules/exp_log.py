# math.exp and math.log: inverses, compound interest, log of large values.
# adder: host-only (newlib's libm exp/pow are not correctly rounded: the last digit differs)
import math

for x in [0.0, 1.0, -1.0, 2.5, 10.0]:
    print(x, math.exp(x), math.log(math.exp(x)))
print(math.log(1e100), math.log(2.0) / math.log(10.0))
rate: float = 0.05
print(f"{1000 * math.exp(rate * 10):.2f} {1000 * (1 + rate) ** 10:.2f}")
print(math.exp(709.0))

# u8(nan) raises ValueError like int(nan); negative exponents raise ValueError.
from adder import u8, i8

print(u8(2.5e10), i8(-129.9), i8(3) ** i8(4))
nan = float("nan")
print(u8(nan))

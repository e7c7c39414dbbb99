# A negative shift count raises ValueError, as for int.
from adder import i32


def shift(a: i32, n: i32) -> i32:
    return a << n


print(shift(i32(5), i32(3)), shift(i32(5), i32(40)), shift(i32(-5), i32(31)))
print(shift(i32(5), i32(-1)))

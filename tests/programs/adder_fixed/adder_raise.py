# Errors of fixed-width arithmetic: // by zero raises ZeroDivisionError (exit 1).
from adder import u8, i8


def div(a: i8, b: i8) -> i8:
    return a // b


print(div(i8(-128), i8(2)), div(i8(-128), i8(-1)), i8(-128) % i8(-1))
print(u8(7) % u8(3), u8(1) // u8(1))
print(u8(200) // u8(0))
print("not reached")

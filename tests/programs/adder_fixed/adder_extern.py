# @extern: C functions of the firmware, declared by a Python signature
# (the C side is adder_extern.c; under CPython the Python bodies run).
from adder import u8, u16, i32, f32, extern


@extern
def hal_add_u8(a: u8, b: u8) -> u8:
    return a + b


@extern("hal_scale")
def scale(x: i32, k: float) -> float:
    return float(x) * k


@extern
def hal_parity(v: u16) -> bool:
    n = 0
    for i in range(16):
        if (v >> u16(i)) & 1:
            n += 1
    return n % 2 == 1


@extern
def hal_half(x: f32) -> f32:
    return x / 2


print(hal_add_u8(u8(200), u8(100)))
print(scale(i32(-7), 1.5))
print(hal_parity(u16(7)), hal_parity(u16(0xFF00)))
print(hal_half(f32(0.1)))

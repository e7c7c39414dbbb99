# Every u8 and i8 left operand with every 5th right operand (ends included)
# through every operator, folded into u32 checksums: the compiled wrapping must agree with adder.py on all of them.
from adder import u8, i8, u32


def mix(h: u32, v: int) -> u32:
    return (h ^ u32(v)) * 16777619


def all_u8() -> None:
    hs = [u32(2166136261 - 4294967296)] * 11
    for x in range(256):
        a = u8(x)
        for y in range(0, 256, 5):
            b = u8(y)
            hs[0] = mix(hs[0], int(a + b))
            hs[1] = mix(hs[1], int(a - b))
            hs[2] = mix(hs[2], int(a * b))
            hs[3] = mix(hs[3], int(a & b) + int(a | b) * 7 + int(a ^ b) * 13)
            hs[4] = mix(hs[4], int(a << (b & 15)))
            hs[5] = mix(hs[5], int(a >> (b & 15)))
            if y:
                hs[6] = mix(hs[6], int(a // b))
                hs[7] = mix(hs[7], int(a % b))
            hs[8] = mix(hs[8], int(a ** (b & 7)))
            hs[9] = mix(hs[9], int(a < b) + 2 * int(a == b))
        hs[10] = mix(hs[10], int(-a) + int(~a) * 3 + int(abs(a)) * 5)
    print("u8", hs)


def all_i8() -> None:
    hs = [u32(2166136261 - 4294967296)] * 11
    for x in range(-128, 128):
        a = i8(x)
        for y in range(-128, 128, 5):
            b = i8(y)
            hs[0] = mix(hs[0], int(a + b))
            hs[1] = mix(hs[1], int(a - b))
            hs[2] = mix(hs[2], int(a * b))
            hs[3] = mix(hs[3], int(a & b) + int(a | b) * 7 + int(a ^ b) * 13)
            hs[4] = mix(hs[4], int(a << (b & 15)))
            hs[5] = mix(hs[5], int(a >> (b & 15)))
            if y:
                hs[6] = mix(hs[6], int(a // b))
                hs[7] = mix(hs[7], int(a % b))
            hs[8] = mix(hs[8], int(a ** (b & 7)))
            hs[9] = mix(hs[9], int(a < b) + 2 * int(a == b))
        hs[10] = mix(hs[10], int(-a) + int(~a) * 3 + int(abs(a)) * 5)
    print("i8", hs)


all_u8()
all_i8()

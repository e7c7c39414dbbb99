# Pseudo-random operands (a u64 LCG) through every operator of the 16-, 32-
# and 64-bit types, folded into u64 checksums compared with adder.py.
from adder import u16, i16, u32, i32, u64, i64

state = u64(88172645463325252)


def rnd() -> u64:
    global state
    state = state * 6364136223846793005 + 1442695040888963407
    return state ^ (state >> u64(29))


def fold(h: u64, v: int) -> u64:
    return (h ^ u64(v)) * 1099511628211


def run_u16(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = u16(rnd())
        b = u16(rnd())
        k = u16(rnd() & u64(31))
        h = fold(h, int(a + b) + int(a - b) * 3 + int(a * b) * 5 + int(a ^ b) * 7)
        h = fold(h, int(a << k) + int(a >> k) * 3 + int(a ** (k & 7)) * 5 + int(-a) * 7 + int(~b))
        if b != 0:
            h = fold(h, int(a // b) * 11 + int(a % b))
    return h


def run_i16(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = i16(rnd())
        b = i16(rnd())
        k = i16(rnd() & u64(31))
        h = fold(h, int(a + b) + int(a - b) * 3 + int(a * b) * 5 + int(a ^ b) * 7)
        h = fold(h, int(a << k) + int(a >> k) * 3 + int(a ** (k & 7)) * 5 + int(-a) * 7 + int(abs(b)))
        if b != 0:
            h = fold(h, int(a // b) * 11 + int(a % b))
    return h


def run_u32(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = u32(rnd())
        b = u32(rnd() >> u64(rnd() & u64(31)))
        k = u32(rnd() & u64(63))
        h = fold(h, int(a + b) + int(a - b) * 3 + int(a * b) * 5 + int(a | b) * 7)
        h = fold(h, int(a << k) + int(a >> k) * 3 + int(a ** (k & 15)) * 5 + int(-a) * 7 + int(~b))
        if b != 0:
            h = fold(h, int(a // b) * 11 + int(a % b))
    return h


def run_i32(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = i32(rnd())
        b = i32(rnd()) >> i32(rnd() & u64(31))
        k = i32(rnd() & u64(63))
        h = fold(h, int(a + b) + int(a - b) * 3 + int(a * b) * 5 + int(a & b) * 7)
        h = fold(h, int(a << k) + int(a >> k) * 3 + int(a ** (k & 15)) * 5 + int(-a) * 7 + int(abs(b)))
        if b != 0:
            h = fold(h, int(a // b) * 11 + int(a % b))
    return h


def run_u64(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = rnd()
        b = rnd() >> (rnd() & u64(63))
        k = rnd() & u64(127)
        for v in [a + b, a - b, a * b, a << k, a >> k, a ** (k & 31), -a, ~b, a & b, a | b]:
            h = fold(h, int(i64(v)))
        if b != 0:
            h = fold(h, int(i64(a // b)))
            h = fold(h, int(i64(a % b)))
    return h


def run_i64(n: int) -> u64:
    h = u64(1)
    for _ in range(n):
        a = i64(rnd())
        b = i64(rnd()) >> i64(rnd() & u64(63))
        k = i64(rnd() & u64(127))
        for v in [a + b, a - b, a * b, a << k, a >> k, a ** (k & 31), -a, ~b, abs(b), a ^ b]:
            h = fold(h, int(v))
        if b != 0:
            h = fold(h, int(a // b))
            h = fold(h, int(a % b))
    return h


N = 3000
print(run_u16(N), run_i16(N))
print(run_u32(N), run_i32(N))
print(run_u64(N), run_i64(N))

# Wrapping arithmetic of every fixed-width type and operator (adder module).
from adder import u8, i8, u16, i16, u32, i32, u64, i64


def show_u8(a: u8, b: u8) -> None:
    print("u8", a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a << u8(3), a >> u8(2), a ** u8(3), -a, ~a)


def show_i8(a: i8, b: i8) -> None:
    print("i8", a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a << i8(3), a >> i8(2), a ** i8(3), -a, ~a)


def show_u16(a: u16, b: u16) -> None:
    print("u16", a + b, a - b, a * b, a // b, a % b, a << u16(9), a >> u16(3), a ** u16(5), -a, ~a)


def show_i16(a: i16, b: i16) -> None:
    print("i16", a + b, a - b, a * b, a // b, a % b, a << i16(9), a >> i16(3), a ** i16(5), -a, ~a)


def show_u32(a: u32, b: u32) -> None:
    print("u32", a + b, a - b, a * b, a // b, a % b, a << u32(20), a >> u32(3), a ** u32(7), -a, ~a)


def show_i32(a: i32, b: i32) -> None:
    print("i32", a + b, a - b, a * b, a // b, a % b, a << i32(20), a >> i32(3), a ** i32(7), -a, ~a)


def show_u64(a: u64, b: u64) -> None:
    print("u64", a + b, a - b, a * b, a // b, a % b, a << u64(40), a >> u64(3), a ** u64(9), -a, ~a)


def show_i64(a: i64, b: i64) -> None:
    print("i64", a + b, a - b, a * b, a // b, a % b, a << i64(40), a >> i64(3), a ** i64(9), -a, ~a)


show_u8(u8(200), u8(7))
show_u8(u8(3), u8(250))
show_i8(i8(-7), i8(2))
show_i8(i8(127), i8(-3))
show_i8(i8(-128), i8(-1))
show_u16(u16(60000), u16(7))
show_i16(i16(-30000), i16(7))
show_u32(u32(4000000000), u32(13))
show_i32(i32(-2000000000), i32(-13))
show_u64(u64(-446744073709551616), u64(17))
show_i64(i64(-9000000000000000000), i64(17))
show_i64(i64(-9223372036854775807) - 1, i64(-1))

# literal operands take the fixed type
x = u8(250)
print(x + 10, x - 251, x * 2, 200 - x, x // 3, x % 7, x << 1, x >> 9, x << 8)
print(x > 3, x == 250, 7 < x, x != 250, x <= 250, x >= 251)
s = i16(-5)
print(s * 10000, s // 2, s % 3, -s, abs(s), abs(i8(-128)), s >> 1, s >> 20)

# conversions
print(u8(-1), u8(256), u8(3.99), u8(-3.99), i8(200), i8(u8(255)), u16(i8(-1)), u32(-1), u64(i64(-2)))
print(int(u8(250)), float(i16(-3)), bool(u8(0)), bool(i8(-1)), u8(True), i32(1e10), u8(1e20))
print(str(u32(4294967295)), repr(i64(-1)), f"{u8(7)} {u64(-1)}")
print(x / 4, u8(7) / u8(2))
print(u8(), i64())

acc = u32(1)
for i in range(40):
    acc = acc * 3 + 1
print(acc)
h = u64(-3750763034362895579)
for c in "adder":
    h = (h ^ u64(ord(c))) * 1099511628211
print(h)

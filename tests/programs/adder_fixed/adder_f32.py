# f32: IEEE single arithmetic, rounded after every operation.
from adder import f32, u8, i16, i32

a = f32(0.1)
b = f32(0.2)
print(a, b, a + b, a * b, a - b, a / b)
print(a + 0.2, 1.5 * a, a / 3, -a, abs(f32(-2.5)))
print(a < b, a == f32(0.1), a == 0.1, a > 0.05)
print(float(a), int(f32(3.75)), u8(f32(300.5)), i32(f32(-2.5)), f32(u8(200)), f32(7))
acc = f32(0)
for i in range(10):
    acc = acc + 0.1
print(acc, acc == f32(1.0))
avg = f32(0)
for s in [12, 15, 11, 19, 14]:
    avg = avg * 0.75 + f32(s) * 0.25
print(avg, bool(f32(0)), bool(avg))
print(f"{a} {avg}")
print(f"{avg:.3f} {a:e} {u8(200):08b} {i16(-5):+d} {u8(255):#x} {i32(-7)!r}")

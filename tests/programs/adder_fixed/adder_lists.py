# Lists, tuples, min/max/sorted of fixed-width ints and f32 (adder module).
from adder import u8, i16, u64, f32

xs = [u8(5), u8(250), u8(3)]
print(xs, u8(3) in xs, u8(4) not in xs, xs.index(u8(250)), xs.count(u8(5)))
print(min(xs), max(xs), sorted(xs), xs == [u8(5), u8(250), u8(3)])
xs.sort()
print(xs, xs.pop(), xs)
xs.insert(0, u8(9))
print(xs, min(u8(3), u8(2)), max(i16(-3), i16(7)))
ys = [u64(-1), u64(2)]
print(ys, max(ys), str(ys))
fs = [f32(0.1), f32(2.5)]
print(fs, max(fs), repr(fs[0]))
t = (u8(1), f32(0.5))
print(t)
for v in xs:
    print(v, end=" ")
print()

# Augmented assignment, while/if truthiness and conditional expressions on fixed types.
from adder import u8, i16, f32

x = u8(250)
x += 10
x -= 1
x *= 3
x //= 2
x <<= 1
x |= 1
xs = [u8(1), u8(2)]
xs[0] += 255
n = 0
y = u8(3)
while y:
    y -= 1
    n += 1
z = x if n > 2 else u8(0)
f = f32(1.5)
f *= 2
f += 0.25
print(x, xs, n, z, f, -i16(-32768), i16(-32768) // -1)

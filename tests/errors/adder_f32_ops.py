from adder import f32, u8

a = f32(1.5)
print(a // f32(2.0))
print(a + u8(1))
print(~a)

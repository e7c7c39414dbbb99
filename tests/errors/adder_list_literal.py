from adder import u8, u16

xs: list[u8] = [1, 2, 3]
ok: list[u8] = [u8(1)]
print(ok[0] < u16(3))

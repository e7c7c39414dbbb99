from adder import Reg32, u16

R = Reg32(0x40000000)
v = 5
R.write(v)
R.set_bits(u16(1))
R.read(1)

# Registers on the host: the C side (adder_reg_host.c) gives the address of
# a static buffer standing in for a peripheral; CPython uses adder.memory.
from adder import Reg32, Reg16, Reg8, u32, u16, u8, extern


@extern
def fake_peripheral() -> int:
    return 0x1000


BASE = fake_peripheral()
DATA = Reg32(BASE)
CTRL = Reg16(BASE + 4)
FLAGS = Reg8(BASE + 6)

DATA.write(0xDEADBEEF)
print(DATA.read(), hex(int(DATA.read())))
DATA.clear_bits(0xFF)
DATA.set_bits(u32(1) << u32(31))
print(hex(int(DATA.read())))
CTRL.write(u16(0xFFFF))
CTRL.clear_bits(0x00F0)
print(CTRL.read(), FLAGS.read())
for i in range(8):
    if i % 3 == 0:
        FLAGS.set_bits(u8(1) << u8(i))
print(FLAGS.read(), DATA.read() == 0xDEADBE00)
total = u32(0)
for i in range(4):
    DATA.write(u32(i) * 1000)
    total = total + DATA.read()
print(total)

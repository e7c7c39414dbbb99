# adder: no-host-run (MMIO at fixed addresses)
# Memory-mapped registers: under CPython adder.memory simulates them.
from adder import Reg32, Reg8, u32, u8

GPIO_OUT = Reg32(0x40000000)
CTRL = Reg8(0x40000010)


def blink(n: int) -> None:
    for i in range(n):
        GPIO_OUT.set_bits(u32(1) << u32(i))
    GPIO_OUT.clear_bits(2)


GPIO_OUT.write(0x10)
blink(4)
print(GPIO_OUT.read())
CTRL.write(u8(0xA5))
CTRL.set_bits(0x0F)
print(CTRL.read(), CTRL.read() == 0xAF)

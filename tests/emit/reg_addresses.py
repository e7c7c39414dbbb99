# adder: no-host-run (MMIO at fixed addresses)
# Which register accesses get a literal address: a global bound once to a
# constant (directly or through an int global bound once to a literal) does;
# a reassigned global or a local computed at run time goes through its value.
from adder import Reg16, Reg32, u16

BASE = 0x50000000
STATUS = Reg16(BASE)
MOVED = Reg32(0x60000000)
MOVED = Reg32(0x60000004)


def poll(offset: int) -> u16:
    r = Reg16(BASE + offset)
    return r.read()


print(STATUS.read())
MOVED.write(1)
print(poll(2))

from adder import Reg32

R = Reg32(1.5)

# Float exponentiation, negative exponents and fractional powers.
# adder: host-only (newlib's libm exp/pow are not correctly rounded: the last digit differs)
print(2 ** 0.5, 2.0 ** 0.5, 9 ** 0.5, 27 ** (1 / 3))
print(2.0 ** -1, 2 ** -2, 10.0 ** -3, 10 ** -5)
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0, 0.0 ** 2.5)
print(pow(2.0, 10), pow(2, 0.5), pow(4.0, -0.5))
print(1.0000001 ** 1000000)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(2.0 ** 1023, 2.0 ** -1074)

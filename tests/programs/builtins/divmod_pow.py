# divmod() and pow() with two arguments on ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 7))
print(pow(2, 10), pow(-2, 5), pow(3, 0), pow(0, 0))
print(pow(2, -1), pow(2.0, 3), pow(9, 0.5), pow(-8.0, 2))
q, r = divmod(1234567, 1000)
print(q, r)

# round() half to even with ints and floats, one and two arguments.
print(round(2.5), round(3.5), round(-1.5), round(-2.5), round(0.5))
print(round(0.125, 2), round(0.135, 2), round(2.675, 2), round(1.005, 2))
print(round(15, -1), round(25, -1), round(-35, -1), round(123, 1))
print(round(3.14159, 0), round(-0.4), round(-0.6))
print(isinstance(round(2.5), int), round(2.5) == 2)
print(isinstance(round(2.5, 1), float), round(1e300, 2))

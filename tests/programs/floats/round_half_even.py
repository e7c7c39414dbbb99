# round() with one argument rounds half to even and returns int.
vals: list[float] = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999999999999994]
for v in vals:
    r = round(v)
    print(v, r, isinstance(r, int))
print(round(1e15 + 0.5), round(-1e10))
print(round(7), round(-3))

# int() of floats truncates toward zero; // on floats floors.
vals: list[float] = [3.7, -3.7, 0.5, -0.5, 2.0, -2.0, 1e10, -1e15, 0.999999]
for v in vals:
    print(v, int(v), v // 1)
print(int(True), int(False))
print(int(7.0 / 2), 7 // 2)
print(int(-0.0))
print(int(2.5e18))

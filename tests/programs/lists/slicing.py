# List slicing with steps, negative bounds and out-of-range bounds.
xs: list[int] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[7:2:-1])
print(xs[5:2], xs[20:], xs[-20:2], xs[3:30])
print(xs[-1:-4:-1], xs[-4:-1])
sub = xs[2:6]
sub[0] = 99
print(sub, xs[2])
print(len(xs[::4]), xs[::4])

# bool values behave as ints 0 and 1 in arithmetic.
t: bool = True
f: bool = False
print(t + t, t * 10, f - t, t / 2)
print(t == 1, f == 0, t > f)
print(sum([1 if c else 0 for c in [True, False, True, True]]))
flags: list[bool] = [3 > 2, 2 > 3, 1 == 1]
total: int = 0
for fl in flags:
    total += fl
print(total)
print(-t, ~t, t & f, t | f, t ^ t)
print(t << 3, abs(-t))

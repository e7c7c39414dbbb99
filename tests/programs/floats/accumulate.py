# Accumulating floats shows rounding error; sum of a list of floats.
total: float = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
vals: list[float] = [0.1] * 10
print(sum(vals, 0.0))
print(sum([1.5, 2.25, -0.75]), sum([1e16, 1.0, -1e16]))
mean: float = sum([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]) / 8
print(mean)
var: float = 0.0
for v in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]:
    var += (v - mean) ** 2
print(var / 8, (var / 8) ** 0.5)

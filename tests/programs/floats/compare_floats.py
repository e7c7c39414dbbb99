# Float comparisons, min/max of floats, and equality pitfalls.
import math

a: float = 0.1 + 0.2
print(a == 0.3, abs(a - 0.3) < 1e-12, a > 0.3)
print(max(1.5, -2.0, 0.0), min(1.5, -2.0, 0.0), max([0.5, 0.25, 0.75]))
print(-0.0 < 0.0, -0.0 == 0.0, min(0.0, -0.0), max(-0.0, 0.0))
print(1e308 < math.inf, -math.inf < -1e308)
vals: list[float] = [3.5, -1.25, 2.0, 0.0, -7.5]
print(sorted(vals), sorted(vals)[0], sorted(vals)[-1])
print(0.1 + 0.2 + 0.3 == 0.3 + 0.2 + 0.1)

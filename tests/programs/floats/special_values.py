# inf, -inf, nan, -0.0 and overflow to inf.
import math

inf: float = math.inf
big: float = 1.5e300 * 1e10
print(inf, -inf, big, -big)
nan: float = inf - inf
print(nan, -nan, math.isnan(nan), math.isnan(1.0))
print(-0.0, 0.0 * -1, 0.0 == -0.0)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(inf + 1, inf * -2, 1 / inf, -1 / inf)
print([inf, -inf, nan, -0.0])
print(float("inf"), float("-inf"), float("nan"))
print(math.isnan(float("-nan")), float("-nan"))
print(1e308 * 10, -1e308 * 10)

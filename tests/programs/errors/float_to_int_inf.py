# int() of inf raises OverflowError in CPython too (not a 64-bit divergence).
import math


def to_int(values: list[float]) -> list[int]:
    out: list[int] = []
    for v in values:
        out.append(int(v))
        print("converted", v)
    return out


print(int(1e18), math.floor(2.5))
print(to_int([1.5, -2.5, math.inf, 3.0]))

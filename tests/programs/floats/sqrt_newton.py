# Newton's method square root compared with math.sqrt.
from math import sqrt


def newton_sqrt(x: float) -> float:
    if x == 0.0:
        return 0.0
    guess: float = x
    for _ in range(60):
        guess = 0.5 * (guess + x / guess)
    return guess


for v in [2.0, 3.0, 10.0, 0.25, 1e6, 12345.678]:
    a = newton_sqrt(v)
    b = sqrt(v)
    print(v, a, b, abs(a - b) < 1e-9)
print(2 ** 0.5, 2.0 ** 0.5 == sqrt(2.0))

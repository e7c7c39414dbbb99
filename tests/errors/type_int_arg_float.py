def f(x: float) -> float:
    return x * 2.0


print(f(1))

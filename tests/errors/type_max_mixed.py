def f(a: int, b: float) -> None:
    print(max(a, b))


f(3, 2.5)

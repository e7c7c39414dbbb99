def f(x: int | None) -> int:
    return 0

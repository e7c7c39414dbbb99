def f(xs: list[int] = [], n: int = len("ab")) -> int:
    return n

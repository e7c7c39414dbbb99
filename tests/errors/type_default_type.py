def f(n: int = "zero") -> int:
    return n

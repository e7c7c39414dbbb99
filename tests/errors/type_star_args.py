def f(*args: int) -> int:
    return 0


def g(a: int, **kw: int) -> int:
    return a

def f(a: int) -> int:
    return (a +
        1

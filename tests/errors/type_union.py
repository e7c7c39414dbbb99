def f(x: int | str) -> None:
    pass

def f(d: dict[str, int]) -> None:
    pass

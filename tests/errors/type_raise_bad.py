def f(x: int) -> None:
    if x < 0:
        raise "negative"
    raise ValueError(x)

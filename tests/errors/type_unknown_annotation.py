def f(x: Thing) -> list:
    return [x]

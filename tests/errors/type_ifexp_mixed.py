def f(c: bool) -> None:
    v = 1 if c else "one"
    print(v)

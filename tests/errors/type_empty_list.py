def f() -> None:
    xs = []
    print(xs)

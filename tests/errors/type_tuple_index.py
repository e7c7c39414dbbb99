def f(t: tuple[int, str], i: int) -> None:
    print(t[i])
    print(t[2])

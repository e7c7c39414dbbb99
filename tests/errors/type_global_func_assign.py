def f() -> int:
    return 1


f = 2

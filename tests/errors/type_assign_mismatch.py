x = 0
x = "zero"


def f() -> None:
    y = 1.5
    y = [1]

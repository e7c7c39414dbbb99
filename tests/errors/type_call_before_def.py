print(square(3))


def square(x: int) -> int:
    return x * x

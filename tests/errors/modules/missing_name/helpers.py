LIMIT = 3


def scale(x: int) -> int:
    return x * LIMIT

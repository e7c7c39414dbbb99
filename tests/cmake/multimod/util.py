# util: imported by app.
OFFSET: int = 7


def scale(x: int) -> int:
    return 10 * x + OFFSET

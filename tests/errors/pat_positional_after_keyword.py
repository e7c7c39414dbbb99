class Point:
    x: int
    y: int


def f(p: Point) -> int:
    match p:
        case Point(x=0, 1):
            return 1
    return 0

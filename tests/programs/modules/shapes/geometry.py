class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)


def bounds(ps: list[Point]) -> tuple[int, int, int, int]:
    lo_x = ps[0].x
    lo_y = ps[0].y
    hi_x = lo_x
    hi_y = lo_y
    for p in ps:
        lo_x = min(lo_x, p.x)
        lo_y = min(lo_y, p.y)
        hi_x = max(hi_x, p.x)
        hi_y = max(hi_y, p.y)
    return (lo_x, lo_y, hi_x, hi_y)


def describe(p: Point | None) -> str:
    if p is None:
        return "nothing"
    return f"({p.x}, {p.y})"


if __name__ == "__main__":
    print("geometry run as a program")
else:
    print("geometry imported as", __name__)

class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


def make() -> Point:
    p = Point(1.0, 2.0)
    p.x += 1.5
    return p


q = make()
print(q.norm2(), q.x)

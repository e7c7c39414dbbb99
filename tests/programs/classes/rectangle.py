# Class with derived quantities and a module-level function taking instances.
class Rect:
    def __init__(self, x: int, y: int, w: int, h: int) -> None:
        self.x: int = x
        self.y: int = y
        self.w: int = w
        self.h: int = h

    def area(self) -> int:
        return self.w * self.h

    def contains(self, px: int, py: int) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


def overlap(a: Rect, b: Rect) -> int:
    dx = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    dy = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if dx <= 0 or dy <= 0:
        return 0
    return dx * dy


r1 = Rect(0, 0, 10, 5)
r2 = Rect(5, 2, 10, 10)
r3 = Rect(20, 20, 1, 1)
print(r1.area(), r2.area(), overlap(r1, r2), overlap(r1, r3))
print(r1.contains(0, 0), r1.contains(10, 0), r1.contains(9, 4))

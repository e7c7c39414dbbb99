from geometry import Point, bounds, describe
import geometry


class Path:
    def __init__(self) -> None:
        self.points: list[Point] = []

    def add(self, p: Point) -> None:
        self.points.append(p)


path = Path()
p = Point(1, 2)
for i in range(4):
    path.add(p)
    p = p.moved(i, -i)
lo_x, lo_y, hi_x, hi_y = bounds(path.points)
print(lo_x, lo_y, hi_x, hi_y)
b = geometry.bounds([Point(5, 5)])
print(b)
print(describe(path.points[-1]), describe(None))
print(geometry.describe(geometry.Point(0, 0).moved(3, 4)))
print(__name__)

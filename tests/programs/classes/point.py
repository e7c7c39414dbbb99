# A simple class with annotated fields, methods and attribute updates.
import math


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x: float = x
        self.y: float = y

    def norm(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)

    def move(self, dx: float, dy: float) -> None:
        self.x += dx
        self.y += dy

    def describe(self) -> str:
        return f"Point({self.x}, {self.y})"


p = Point(3.0, 4.0)
print(p.x, p.y, p.norm())
p.move(1.0, -1.0)
print(p.describe(), p.norm())
p.x = 0.0
print(p.describe())

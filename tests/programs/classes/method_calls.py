# Methods calling other methods on self and on other instances.
class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x: float = x
        self.y: float = y

    def dot(self, ox: float, oy: float) -> float:
        return self.x * ox + self.y * oy

    def length_sq(self) -> float:
        return self.dot(self.x, self.y)

    def scale(self, k: float) -> None:
        self.x *= k
        self.y *= k

    def text(self) -> str:
        return f"({self.x:.2f}, {self.y:.2f})"


def add(a: Vec, b: Vec) -> Vec:
    return Vec(a.x + b.x, a.y + b.y)


v = Vec(1.0, 2.0)
w = Vec(-3.0, 0.5)
print(v.length_sq(), v.dot(w.x, w.y))
s = add(v, w)
s.scale(2.0)
print(s.text(), v.text(), w.text())

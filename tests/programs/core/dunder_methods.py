# adder: rejected (operator dunder methods is not supported yet)
# User classes with __repr__, __eq__, __add__, __len__.
class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"

    def __len__(self) -> int:
        return 2


a: Vec = Vec(1, 2)
b: Vec = Vec(3, -4)
print(a + b, a == Vec(1, 2), a == b, len(a))
print([a, b], str(a))

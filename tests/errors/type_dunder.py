class Vec:
    def __init__(self, x: float) -> None:
        self.x = x

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x)

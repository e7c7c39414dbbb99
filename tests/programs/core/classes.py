# adder: rejected (class inheritance is not supported yet)
# Classes with methods, inheritance and super().
class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"


shapes: list[Shape] = [Shape("blob"), Rect(2.0, 3.5), Square(3.0)]
for sh in shapes:
    print(sh.describe())
print(isinstance(shapes[2], Rect), isinstance(shapes[1], Square))

class Base:
    def __init__(self) -> None:
        self.x = 1


class Child(Base):
    def __init__(self) -> None:
        super().__init__()
        self.y = self.x + 1

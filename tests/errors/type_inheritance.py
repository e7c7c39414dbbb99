class Base:
    def __init__(self) -> None:
        self.x = 1


class Derived(Base):
    pass

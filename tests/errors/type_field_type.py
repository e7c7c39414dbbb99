class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def set(self, s: str) -> None:
        self.v = s

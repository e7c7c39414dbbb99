class C:
    def __init__(self) -> None:
        self.n = 0

    @staticmethod
    def make() -> int:
        return 1

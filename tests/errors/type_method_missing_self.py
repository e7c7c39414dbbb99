class C:
    def __init__(self) -> None:
        self.n = 0

    def get() -> int:
        return 1

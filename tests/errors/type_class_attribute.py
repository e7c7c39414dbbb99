class Counter:
    total = 0

    def __init__(self) -> None:
        self.n = 0

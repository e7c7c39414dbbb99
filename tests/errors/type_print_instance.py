class P:
    def __init__(self) -> None:
        self.x = 1


print(P())

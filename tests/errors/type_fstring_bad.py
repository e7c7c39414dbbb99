class P:
    def __init__(self) -> None:
        self.x = 1


p = P()
print(f"{p}")
print(f"{[1, 2]:>10}")

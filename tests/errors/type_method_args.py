class Acc:
    def __init__(self) -> None:
        self.total = 0

    def add(self, n: int) -> None:
        self.total += n


a = Acc()
a.add()
a.add(1, 2)
a.add("3")

"""A small filter module."""
THRESHOLD: int = 10
counter: int = 0
names: list[str] = []

print("filters: loading")


class Window:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: list[int] = []

    def push(self, v: int) -> int:
        global counter
        counter += 1
        self.items.append(v)
        if len(self.items) > self.size:
            self.items.pop(0)
        return self.total()

    def total(self) -> int:
        s = 0
        for x in self.items:
            s += x
        return s


def moving_avg(xs: list[int], n: int) -> list[float]:
    out: list[float] = []
    w = Window(n)
    for x in xs:
        out.append(w.push(x) / len(w.items))
    return out


def bump(k: int) -> None:
    global counter
    counter += k
    names.append("bump" + str(k))

# A counter class with int state and methods returning values.
class Counter:
    def __init__(self, start: int, step: int) -> None:
        self.value: int = start
        self.step: int = step
        self.calls: int = 0

    def tick(self) -> int:
        self.value += self.step
        self.calls += 1
        return self.value

    def reset(self) -> None:
        self.value = 0


c = Counter(10, 5)
print(c.tick(), c.tick(), c.tick())
c.reset()
print(c.value, c.calls, c.tick())
d = Counter(0, -1)
for _ in range(4):
    d.tick()
print(d.value, c.value)

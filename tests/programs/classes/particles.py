# A tiny particle simulation: a list of objects updated in steps.
class Particle:
    def __init__(self, x: float, v: float) -> None:
        self.x: float = x
        self.v: float = v
        self.bounces: int = 0

    def step(self, dt: float) -> None:
        self.x += self.v * dt
        if self.x < 0.0 or self.x > 10.0:
            self.v = -self.v
            self.x = 0.0 if self.x < 0.0 else 10.0
            self.bounces += 1


ps: list[Particle] = [Particle(1.0, 3.0), Particle(5.0, -2.5), Particle(9.5, 0.5)]
for t in range(20):
    for p in ps:
        p.step(0.5)
    if t % 5 == 4:
        print(" ".join([f"{p.x:6.2f}" for p in ps]))
print([p.bounces for p in ps])

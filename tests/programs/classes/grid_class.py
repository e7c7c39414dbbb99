# A class owning a list of lists: Conway's game of life on a small torus.
class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w: int = w
        self.h: int = h
        self.cells: list[list[bool]] = [[False] * w for _ in range(h)]

    def neighbours(self, r: int, c: int) -> int:
        n: int = 0
        for dr in [-1, 0, 1]:
            for dc in [-1, 0, 1]:
                if (dr != 0 or dc != 0) and self.cells[(r + dr) % self.h][(c + dc) % self.w]:
                    n += 1
        return n

    def show(self) -> None:
        for row in self.cells:
            print("".join(["#" if x else "." for x in row]))


def step(g: Grid) -> Grid:
    out = Grid(g.w, g.h)
    for r in range(g.h):
        for c in range(g.w):
            n = g.neighbours(r, c)
            out.cells[r][c] = n == 3 or (n == 2 and g.cells[r][c])
    return out


g = Grid(6, 6)
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g.cells[r][c] = True
for _ in range(4):
    g = step(g)
g.show()

# Towers of Hanoi: recursion with string arguments and a global move counter.
MOVES: int = 0


def hanoi(n: int, src: str, dst: str, via: str) -> None:
    global MOVES
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    MOVES += 1
    if n >= 3:
        print(f"move disk {n} from {src} to {dst}")
    hanoi(n - 1, via, dst, src)


hanoi(4, "A", "C", "B")
print("moves:", MOVES)
MOVES = 0
hanoi(3, "X", "Z", "Y")
print("moves:", MOVES)

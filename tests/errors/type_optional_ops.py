class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.next: Node | None = None


n = Node(1)
print(n.next + 1)
m: Node = None

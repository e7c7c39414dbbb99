# Using a field of an optional instance that is None raises AttributeError at the use.
class Node:
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.next: Node | None = None

def get(n: Node) -> int:
    return n.v

a = Node(1)
print(a.v)
print(get(a))
b = a.next
print(get(b))

# Singly linked list with Node | None links.
class Node:
    def __init__(self, value: int) -> None:
        self.value: int = value
        self.next: Node | None = None


class LinkedList:
    def __init__(self) -> None:
        self.head: Node | None = None
        self.size: int = 0

    def push(self, value: int) -> None:
        node = Node(value)
        node.next = self.head
        self.head = node
        self.size += 1

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self) -> None:
        prev: Node | None = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


ll = LinkedList()
for v in [1, 2, 3, 4]:
    ll.push(v)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
print(LinkedList().to_list(), ll.head is None)

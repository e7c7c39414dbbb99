# Binary search tree with optional children, insert and in-order traversal.
class Tree:
    def __init__(self, key: int) -> None:
        self.key: int = key
        self.left: Tree | None = None
        self.right: Tree | None = None


def insert(root: Tree | None, key: int) -> Tree:
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(node: Tree | None, out: list[int]) -> None:
    if node is None:
        return
    inorder(node.left, out)
    out.append(node.key)
    inorder(node.right, out)


def height(node: Tree | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


root: Tree | None = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
keys: list[int] = []
inorder(root, keys)
print(keys, height(root))

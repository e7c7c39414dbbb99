# Using a list as a stack and as a queue; bracket matching.
def balanced(s: str) -> bool:
    stack: list[str] = []
    pairs: str = "()[]{}"
    for ch in s:
        i = pairs.find(ch)
        if i == -1:
            continue
        if i % 2 == 0:
            stack.append(pairs[i + 1])
        elif not stack or stack.pop() != ch:
            return False
    return len(stack) == 0


for s in ["()", "([]{})", "(]", "((", "a(b[c]d)e", "", "}"]:
    print(repr(s), balanced(s))
queue: list[int] = [1, 2, 3]
while queue:
    head = queue.pop(0)
    if head < 5:
        queue.append(head * 3)
    print(head, queue)

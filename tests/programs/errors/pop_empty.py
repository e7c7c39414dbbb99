# IndexError from pop() on an empty list after draining a stack.
stack: list[int] = [1, 2]
stack.append(3)
while len(stack) > 0:
    print("popped", stack.pop())
print(stack, len(stack))
print(stack.pop())
print("not reached")

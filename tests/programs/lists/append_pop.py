# append(), pop() with and without an index.
stack: list[int] = []
for i in range(5):
    stack.append(i * i)
print(stack)
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(-2), stack)
print(stack.pop(1), stack)
stack.append(99)
print(stack, len(stack))
while stack:
    print("popped", stack.pop())
print(stack)

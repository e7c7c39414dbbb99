nonlocal count
count: int = 0
print(count)

total: int = 0
for i in range(3):
    total += yield i

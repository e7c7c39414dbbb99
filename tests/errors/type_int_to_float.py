x: float = 1
print(x)

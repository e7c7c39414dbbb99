# ZeroDivisionError from float division by 0.0.
total: float = 12.5
parts: list[float] = [2.5, 0.5, 0.0]
for p in parts:
    print(total / p)
print("not reached")

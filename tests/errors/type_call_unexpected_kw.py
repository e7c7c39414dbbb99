def area(w: int, h: int = 1) -> int:
    return w * h


print(area(3, depth=4))

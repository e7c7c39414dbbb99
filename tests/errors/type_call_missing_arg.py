def area(w: int, h: int) -> int:
    return w * h


print(area(3))

def area(width: int, height: int, width: int) -> int:
    return width * height

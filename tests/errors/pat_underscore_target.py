def f(point: tuple[int, int]) -> int:
    match point:
        case (0, y) as _:
            return y
    return 0

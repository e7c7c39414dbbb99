xs: list[int] = [1, 2, 3]
*rest = xs

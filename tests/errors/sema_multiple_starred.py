xs: list[int] = [1, 2, 3, 4]
first, *middle, *rest = xs

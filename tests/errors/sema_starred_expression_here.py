xs: list[int] = [1, 2]
ys = *xs

xs: list[int] = [1, 2, 3]
ys: list[int] = [x := x * 2 for x in xs]

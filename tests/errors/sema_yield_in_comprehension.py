def gen(xs: list[int]):
    return [(yield x) for x in xs]

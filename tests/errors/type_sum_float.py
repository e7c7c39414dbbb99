xs: list[float] = [1.5, 2.5]
print(sum(xs))

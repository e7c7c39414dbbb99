xs = [1, 2, 3]
e = enumerate(xs)

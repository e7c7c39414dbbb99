# List repetition with * and concatenation with +; shared inner lists.
zeros: list[int] = [0] * 5
print(zeros, [1, 2] * 3, [7] * 0, 2 * ["ab"])
xs: list[int] = [1, 2] + [3]
print(xs)
xs += [4, 5]
print(xs)
rows: list[list[int]] = [[0] * 3 for _ in range(2)]
rows[0][1] = 5
print(rows)
shared: list[list[int]] = [[0]] * 3
shared[0][0] = 9
print(shared)

# Nested lists: a matrix, row and column operations and repr.
grid: list[list[int]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid)
print(grid[1], grid[1][2], grid[-1][-1])
grid[0][0] = 10
col: list[int] = [row[1] for row in grid]
print(col)
transposed: list[list[int]] = []
for j in range(3):
    transposed.append([grid[i][j] for i in range(3)])
print(transposed)
print([sum(row) for row in grid])
empty: list[list[float]] = [[1.5], []]
print(empty, len(empty[1]))

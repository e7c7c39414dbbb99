# Matrix multiplication with nested lists of floats.
def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    out: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(m):
            s: float = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


a: list[list[float]] = [[1.0, 2.0], [3.0, 4.0]]
b: list[list[float]] = [[0.5, -1.0], [1.5, 2.0]]
print(matmul(a, b))
ident: list[list[float]] = [[1.0, 0.0], [0.0, 1.0]]
print(matmul(a, ident) == a)
p = a
for _ in range(3):
    p = matmul(p, a)
print(p)

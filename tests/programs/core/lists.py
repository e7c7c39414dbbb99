# adder: rejected (comprehensions with several for clauses is not supported yet)
# Lists: indexing, slicing, methods, comprehensions.
xs: list[int] = [5, 3, 8, 1, 9, 2]
print(xs, len(xs), xs[0], xs[-1], xs[1:4], xs[::2], xs[::-1])
xs.append(7)
xs.sort()
print(xs, sum(xs), 8 in xs, 4 in xs)
ys: list[int] = [x * x for x in xs if x % 2 == 1]
print(ys)
ys.insert(0, -1)
print(ys.pop(), ys, ys.index(9))
zs: list[list[int]] = [[i, j] for i in range(3) for j in range(i)]
print(zs)
print(sorted([3, 1, 2], reverse=True), list(reversed(xs)), [0] * 3)

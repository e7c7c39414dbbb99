# reversed() of a list leaves the list unchanged.
xs: list[int] = [1, 2, 3, 4]
out: list[int] = []
for x in reversed(xs):
    out.append(x)
print(out, xs)
words: list[str] = ["a", "b", "c"]
print(" ".join([w for w in reversed(words)]))
for i in reversed([i for i in range(3)]):
    print(i, end=" ")
print()

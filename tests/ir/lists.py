def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


xs = [1, 2, 3]
xs.append(4)
xs[0] = 10
names = ["a", "b"]
names[1] = "c"
for i, n in enumerate(names):
    print(i, n)
for a, b in zip(xs, xs):
    print(a + b)
sq = [x * x for x in xs if x > 2]
print(total(xs), len(names), sq[-1], xs[1:3])

# range with one, two and three arguments, negative steps and empty ranges.
print([i for i in range(5)])
print([i for i in range(2, 7)])
print([i for i in range(0, 20, 5)])
print([i for i in range(10, 0, -3)])
print([i for i in range(-5, 5, 2)])
print([i for i in range(5, 5)], [i for i in range(5, 0)], [i for i in range(0, 5, -1)])
print(len([i for i in range(0, 100, 7)]), len([i for i in range(10, -10, -3)]))
total: int = 0
for k in range(1, 101):
    total += k
print(total)
n: int = 3
for i in range(n):
    n += 1
print(n)

# sum() of list[int] and list[float], empty lists, comprehension results.
print(sum([1, 2, 3]), sum([-5, 5]), sum([i for i in range(101)]))
empty: list[int] = []
print(sum(empty))
print(sum([0.1, 0.2, 0.3]), sum([1.5, 2.5]))
print(sum([x * x for x in range(10)]), sum([1e100, 1.0, -1e100]))

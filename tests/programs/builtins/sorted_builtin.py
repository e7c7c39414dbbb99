# sorted() of list[int], list[str], list[float] returns new lists.
ints: list[int] = [3, -1, 2, 2, 0]
strs: list[str] = ["b", "A", "a", "B", "ab"]
floats: list[float] = [1.5, -0.5, 1e-3, 2.0]
print(sorted(ints), ints)
print(sorted(strs), strs)
print(sorted(floats))
none: list[int] = []
print(sorted(none), sorted([5]))
print(sorted("banana".split("a")))
print(sorted([len(s) for s in strs]))

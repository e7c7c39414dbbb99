# len() of str, list and list comprehensions; range in loops.
print(len("hello"), len(""), len("é"), len([1, 2, 3]), len([[1], [2, 3]]))
xs: list[int] = []
for i in range(0, 30, 4):
    xs.append(i)
print(xs, len(xs))
print(len([c for c in "mississippi" if c == "s"]))
words: list[str] = "one two three".split()
print(len(words), [len(w) for w in words])

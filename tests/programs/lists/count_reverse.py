# count() and reverse() and reversed().
xs: list[int] = [1, 2, 2, 3, 3, 3, 4]
print(xs.count(3), xs.count(2), xs.count(9))
xs.reverse()
print(xs)
print([x for x in reversed(xs)], xs)
words: list[str] = ["x", "y", "x"]
print(words.count("x"), words.count("z"))
words.reverse()
print(words)
e: list[int] = []
e.reverse()
print(e)

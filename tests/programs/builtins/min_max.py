# min() and max() with several arguments and with a list; ties keep the first.
print(min(3, 1, 2), max(3, 1, 2), min(5, 5), max(-1, -2))
print(min(2.5, 1.5), max(1.0, 2.5), min(-0.0, 0.0), max(0.0, -0.0))
print(min([4, 2, 8]), max([4, 2, 8]), min(["pear", "apple"]), max("b", "ab"))
xs: list[float] = [0.5, -1.5, 3.25]
print(min(xs), max(xs))
words: list[str] = ["kiwi", "fig", "banana"]
print(min(words), max(words), max([len(w) for w in words]))

xs = [1, 2]
print("a" in xs, 3 in "abc", 1 in 5)

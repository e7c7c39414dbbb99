xs = ["bb", "a"]
print(sorted(xs, key=len))
print(min(xs, default=""))

# IndexError from a too-negative index on assignment.
xs: list[str] = ["a", "b"]
xs[-2] = "z"
print(xs)
xs[-3] = "boom"
print("not reached")

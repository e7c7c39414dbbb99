print(len(5))
print(abs("x"))
print(range(1.5))
print(sum(["a"]))

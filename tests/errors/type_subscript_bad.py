n = 5
print(n[0])
xs = [1, 2]
print(xs["0"])

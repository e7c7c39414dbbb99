n = 3
print("n = " + n)

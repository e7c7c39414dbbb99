s = "ab"
a, b = s
x, y = 1

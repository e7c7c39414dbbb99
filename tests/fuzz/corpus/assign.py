x = 1
x += 2
y: int = x * 3
a, *b = [1, 2, 3]
c = d = (e := 4)
del c

f(*a, *b, **c, **d)
x = [*a, *b]
y = {**a, "k": 1}
*a, b = c
print(*args, sep="")
a[*b] = c

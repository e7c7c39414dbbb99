# clear(), extend(), copy() and aliasing vs copying.
a: list[int] = [1, 2, 3]
b = a
c = a.copy()
a.append(4)
print(a, b, c, a == c + [4])
a.extend([5, 6])
a.extend(c)
print(a)
b.clear()
print(a, b, c)
c.extend([])
c.extend(c)
print(c)
d: list[int] = c[:]
d[0] = 100
print(c, d)

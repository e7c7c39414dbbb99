r = -a ** -b // c % d @ e << f >> g & h ^ i | j
s = not a and b or c
t = a < b <= c == d != e > f >= g is h is not i in j not in k
u = ~a + +b - -c
v = a if b else c
w = a[1:2, ::3, ...][b][c:]

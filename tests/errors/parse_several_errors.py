x = 1 2
def f(a b):
    pass
y = = 3
class C
    pass
z = [1, 2 3]
for 1 in y:
    pass
ok = 1

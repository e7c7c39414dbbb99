break
continue
return 1
yield 2
nonlocal q
def f(x, x): pass
*a = 1

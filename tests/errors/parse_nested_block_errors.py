def f():
    x = (1 2)
    return x

def g():
    if x
        pass
    y = 1 +

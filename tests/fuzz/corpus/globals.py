def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = y = 2
    return inner

class C(a, b=1, c):
    pass

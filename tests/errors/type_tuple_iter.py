for v in (1, 2, 3):
    print(v)

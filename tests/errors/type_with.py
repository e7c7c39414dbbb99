with open("x") as fh:
    pass

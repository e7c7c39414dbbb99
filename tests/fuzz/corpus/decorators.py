@a
@b.c(d)
@e[f]
@(lambda f: f)
def g(): pass

with open("f") as f, open("g") as g:
    pass
with (open("a") as a, open("b") as b,):
    pass
with a, b:
    pass

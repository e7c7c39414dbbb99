# pass in functions, loops, branches and classes.
class Empty:
    pass


def nothing() -> None:
    pass


for i in range(3):
    pass
if i == 2:
    pass
else:
    print("unreachable")
while False:
    pass
nothing()
print(i)
e = Empty()
print("made an Empty")

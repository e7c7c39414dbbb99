# ValueError from list.index() of a missing element.
def position(xs: list[str], name: str) -> int:
    i = xs.index(name)
    print(name, "is at", i)
    return i


names: list[str] = ["ann", "bob", "cy"]
position(names, "cy")
position(names, "ann")
position(names, "dee")
print("not reached")

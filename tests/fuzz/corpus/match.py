match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case {"x": x, "y": 0, **rest}:
        pass
    case Point(x=0, y=yy) if yy > 0:
        pass
    case [1, *others, -1.5j] as whole:
        pass
    case None | True | "s" | b"b" | 1 + 2j | a.b.c:
        pass
    case _:
        pass

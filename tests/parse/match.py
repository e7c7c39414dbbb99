match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ("drop", *objects):
        pass
    case {"x": x, "y": 0, **rest}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=yy) as p if yy > 0:
        pass
    case [1, 2.5, -3, 1 + 2j, "s", b"b", None, True, False]:
        pass
    case Color.RED:
        pass
    case [*_]:
        pass
    case _:
        pass
match x, y:
    case a, b:
        pass

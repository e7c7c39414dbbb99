x = 1
del x
match x:
    case 1:
        pass

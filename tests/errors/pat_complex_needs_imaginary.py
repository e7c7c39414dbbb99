def f(z: complex) -> int:
    match z:
        case 1 + 2:
            return 1
    return 0

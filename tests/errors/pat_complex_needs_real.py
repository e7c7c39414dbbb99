def f(z: complex) -> int:
    match z:
        case 1j + 2j:
            return 1
    return 0

def f(n: int) -> int:
    match n:
        case 1 | 2 as 3:
            return 1
    return 0

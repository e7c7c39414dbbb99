def f(d: dict[str, int]) -> int:
    match d:
        case {key: 1}:
            return 1
    return 0

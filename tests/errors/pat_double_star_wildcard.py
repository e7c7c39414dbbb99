def f(d: dict[str, int]) -> int:
    match d:
        case {"a": 1, **_}:
            return 1
    return 0

def name() -> str:
    return 42


def nothing() -> None:
    return 1


def value() -> int:
    return

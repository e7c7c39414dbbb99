def f(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return 0

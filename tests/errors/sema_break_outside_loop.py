# `break` with no enclosing loop (CPython compile.c).
def scan(xs: list[int]) -> int:
    for x in xs:
        pass
    break
    return 0

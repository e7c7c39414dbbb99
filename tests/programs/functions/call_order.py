# Arguments are evaluated left to right; functions calling functions.
TRACE: list[str] = []


def val(name: str, v: int) -> int:
    TRACE.append(name)
    return v


def combine(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


print(combine(val("a", 1), val("b", 2), val("c", 3)))
print(TRACE)
print(val("x", 1) + val("y", 2) * val("z", 3), TRACE[-3:])

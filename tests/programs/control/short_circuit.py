# and/or short-circuit: the right side is not evaluated when not needed.
log: list[str] = []


def check(name: str, result: bool) -> bool:
    log.append(name)
    return result


print(check("a", False) and check("b", True), log)
log.clear()
print(check("a", True) or check("b", True), log)
log.clear()
print(check("a", True) and check("b", False) or check("c", True), log)
log.clear()
xs: list[int] = []
print(len(xs) > 0 and xs[0] > 0, not xs or xs[0] == 1)
i: int = 10
print(i < len(xs) and xs[i] == 0)

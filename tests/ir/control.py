LIMIT: int = 10
count = 0


def bump(k: int) -> None:
    global count
    count = count + k


def check(a: int, b: int, c: int) -> bool:
    return a < b <= c and not (a == c or b > 100)


def pick(a: int, b: int) -> int:
    x, y = a, b
    x, y = y, x
    assert x >= 0, "negative"
    if x > LIMIT:
        raise ValueError("too big")
    return x if x > y else y


bump(3)
print(check(1, 2, 3), pick(4, 5), count, min(3, 1, 2), max(2.5, 1.0))

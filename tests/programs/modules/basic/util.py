import filters

print("util: loading, counter =", filters.counter)


def above(xs: list[float]) -> int:
    n = 0
    for x in xs:
        if x > filters.THRESHOLD:
            n += 1
    return n

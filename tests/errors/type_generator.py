def count(n: int) -> int:
    i = 0
    while i < n:
        yield i
        i += 1
    return 0

def f(n: int) -> int:
    return n + m


print(f(1), undefined_thing)

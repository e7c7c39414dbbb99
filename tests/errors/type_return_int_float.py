def f() -> float:
    return 1


print(f())

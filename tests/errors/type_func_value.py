def f() -> int:
    return 1


g = f
print(len)

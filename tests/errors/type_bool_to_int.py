def f(n: int) -> int:
    return n


flag = True
print(f(flag))
count: int = flag

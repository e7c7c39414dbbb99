def f() -> int:
    total += 1
    print(count)
    count = 0
    return total

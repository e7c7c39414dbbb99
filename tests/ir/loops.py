def count(n: int, step: int) -> int:
    total = 0
    for i in range(0, n, step):
        if i == 7:
            continue
        if i > 20:
            break
        total += i
    else:
        total = -1
    k = 0
    while k < 3:
        k += 1
    else:
        total += k
    return total


print(count(10, 1), count(30, 3))

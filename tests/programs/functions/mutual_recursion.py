# Mutually recursive functions defined at module level.
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


for n in [0, 1, 2, 7, 10, 333]:
    print(n, is_even(n), is_odd(n))

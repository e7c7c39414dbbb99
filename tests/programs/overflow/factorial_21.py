# adder: expect OverflowError
# 21! exceeds 64 bits: CPython prints a big int, Adder raises OverflowError.
def fact(n: int) -> int:
    r: int = 1
    for k in range(2, n + 1):
        r *= k
    return r


print(fact(20))
print(fact(21))

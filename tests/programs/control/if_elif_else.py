# if / elif / else chains and nested ifs.
def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        if n % 2 == 0:
            return "medium even"
        else:
            return "medium odd"
    else:
        return "large"


for v in [-5, 0, 7, 42, 43, 1000]:
    print(v, classify(v))
x: int = 3
if x > 2:
    print("x > 2")
if x > 5:
    print("never")
else:
    print("x <= 5")

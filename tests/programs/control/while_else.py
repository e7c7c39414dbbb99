# while/else: else runs when the loop ends without break.
def first_divisor(n: int) -> int:
    d: int = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")
        return n
    return d


print(first_divisor(91), first_divisor(97), first_divisor(4))
i: int = 0
while i < 3:
    i += 1
else:
    print("done at", i)
while False:
    pass
else:
    print("else of an empty while")

# adder: rejected (generators is not supported yet)
# for/else, while/else, break/continue, generators, enumerate/zip.
def evens(n: int):
    for i in range(n):
        if i % 2 == 0:
            yield i


print(list(evens(9)))
for i, c in enumerate("abc"):
    print(i, c)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
k: int = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    print("k", k)
else:
    print("while done")

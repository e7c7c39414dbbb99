# for/else: else runs when the loop is not broken, including empty loops.
def find(xs: list[int], target: int) -> None:
    for i, x in enumerate(xs):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 8, 15, 16], 15)
find([4, 8, 15, 16], 23)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()

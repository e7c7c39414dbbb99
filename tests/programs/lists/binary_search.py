# Binary search over a sorted list.
def search(xs: list[int], target: int) -> int:
    lo: int = 0
    hi: int = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data: list[int] = [n * 3 for n in range(50)]
for t in [0, 3, 72, 147, 148, -1, 75]:
    print(t, search(data, t))
print(search([], 1))

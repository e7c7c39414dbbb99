# Recursion over lists: merge sort and recursive max.
def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out: list[int] = []
    i: int = 0
    j: int = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def rmax(xs: list[int]) -> int:
    if len(xs) == 1:
        return xs[0]
    return max(xs[0], rmax(xs[1:]))


data: list[int] = [(i * 37) % 23 - 11 for i in range(23)]
print(merge_sort(data))
print(rmax(data), merge_sort([]), merge_sort([1]))

# In-place bubble sort and insertion sort on lists.
def bubble(xs: list[int]) -> int:
    swaps: int = 0
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
    return swaps


def insertion(xs: list[str]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


data: list[int] = [5, 1, 4, 2, 8, 0, -3]
print(bubble(data), data)
ws: list[str] = ["pear", "apple", "fig", "banana"]
insertion(ws)
print(ws)

# Lists are passed by reference: mutation inside a function is visible outside.
def add_item(xs: list[int], v: int) -> None:
    xs.append(v)


def doubled(xs: list[int]) -> list[int]:
    return [x * 2 for x in xs]


def rebind(xs: list[int]) -> None:
    xs = [0]
    print("inside", xs)


data: list[int] = [1, 2]
add_item(data, 3)
print(data)
print(doubled(data), data)
rebind(data)
print(data)

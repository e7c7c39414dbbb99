# assert statements that pass, with and without messages.
def mean(xs: list[float]) -> float:
    assert len(xs) > 0, "mean of empty list"
    return sum(xs, 0.0) / len(xs)


assert True
assert 1 + 1 == 2
assert [1], "non-empty list is truthy"
print(mean([1.0, 2.0, 6.0]))
x: int = 5
assert 0 < x < 10, f"x out of range: {x}"
print("all asserts passed")

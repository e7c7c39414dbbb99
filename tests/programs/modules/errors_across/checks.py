class Reading:
    def __init__(self, value: int) -> None:
        self.value = value


def validate(r: Reading) -> int:
    if r.value < 0:
        raise ValueError("negative reading: " + str(r.value))
    return r.value * 2


def first(xs: list[int]) -> int:
    return xs[0]

# Module-level constants used by functions.
N: int = 10
SCALE: float = 0.5
PREFIX: str = "item"
LIMITS: list[int] = [1, 5, 10]


def label(i: int) -> str:
    return f"{PREFIX}-{i:02d}"


def scaled(i: int) -> float:
    return i * SCALE


for i in range(0, N, 3):
    print(label(i), scaled(i), i in LIMITS)
print(N * SCALE, len(LIMITS))

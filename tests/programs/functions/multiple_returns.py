# Functions with several return paths and a single return type.
def grade(score: int) -> str:
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    return "F"


def find_index(xs: list[str], target: str) -> int:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1


print([grade(s) for s in [95, 85, 75, 65, 90, 0]])
print(find_index(["a", "b", "c"], "c"), find_index(["a"], "z"))

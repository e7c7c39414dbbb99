# adder: rejected (iterating over a tuple is not supported yet)
# Module globals changed from functions with `global`; assert and match.
count: int = 0


def bump(by: int) -> None:
    global count
    count += by


for i in range(5):
    bump(i)
print(count)
assert count == 10, "sum of range(5)"


def kind(x: int) -> str:
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "big"


print([kind(v) for v in (0, 2, 7)])

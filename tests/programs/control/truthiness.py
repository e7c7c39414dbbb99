# Truthiness of ints, floats, strings, lists and None in conditions.
def describe(label: str, value: bool) -> None:
    print(label, "truthy" if value else "falsy")


describe("0", bool(0))
describe("-1", bool(-1))
describe("0.0", bool(0.0))
describe("nan", bool(float("nan")))
describe("''", bool(""))
describe("' '", bool(" "))
empty: list[int] = []
describe("[]", bool(empty))
describe("[0]", bool([0]))
describe("None", bool(None))
xs: list[int] = [1]
if xs:
    print("list is non-empty")
s: str = ""
if not s:
    print("string is empty")
n: int = 3
while n:
    n -= 1
print(n)

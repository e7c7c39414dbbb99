# Functions returning None implicitly and explicitly.
def greet(name: str) -> None:
    print("hello", name)


def early(n: int) -> None:
    if n < 0:
        print("negative, returning early")
        return
    print("value", n)


greet("ann")
early(-1)
early(5)
early(0)
print("done")

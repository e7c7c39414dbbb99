# adder: rejected (closures and lambdas is not supported yet)
# Nested functions, closures, nonlocal, lambdas, default arguments.
from typing import Callable


def counter(start: int) -> Callable[[], int]:
    n = start

    def step() -> int:
        nonlocal n
        n += 1
        return n

    return step


c = counter(10)
print(c(), c(), c())
add: Callable[[int, int], int] = lambda a, b: a + b
print(add(2, 3), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))


def greet(name: str, greeting: str = "hello", *, punct: str = "!") -> str:
    return f"{greeting}, {name}{punct}"


print(greet("ann"), greet("bob", "hi"), greet("cy", punct="?"))

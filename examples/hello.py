# A small typed Adder program: compile and run it with
# `./build/adder run examples/hello.py`, or run it with `python3 examples/hello.py`.


def greet(name: str) -> str:
    return f"Hello, {name}!"


def fib(n: int) -> int:
    a: int = 0
    b: int = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    print(greet("Adder"))
    for n in range(10):
        print(f"fib({n}) = {fib(n)}")


main()

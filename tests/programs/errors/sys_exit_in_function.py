# sys.exit(n) from a nested call with a computed status.
import sys


def fail(code: int) -> None:
    print("exiting with", code)
    sys.exit(code)


def run(xs: list[int]) -> None:
    for x in xs:
        if x < 0:
            fail(-x)
        print("ok", x)


run([1, 2, -42, 3])

# ZeroDivisionError from integer division escapes main: status 1.
def ratio(a: int, b: int) -> int:
    return a // b


def main() -> None:
    print(ratio(10, 3))
    print(ratio(7, -2))
    print(ratio(1, 0))
    print("not reached")


if __name__ == "__main__":
    main()

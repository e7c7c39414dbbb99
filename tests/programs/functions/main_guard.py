# The if __name__ == "__main__": main() idiom with helper functions.
def helper(x: int) -> int:
    return x * 3 + 1


def main() -> None:
    values = [helper(i) for i in range(5)]
    print("values", values)
    print("name is main:", __name__ == "__main__")


if __name__ == "__main__":
    main()

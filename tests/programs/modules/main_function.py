# A program structured as main() plus helpers under the __main__ guard.
import sys


def parse_numbers(text: str) -> list[int]:
    return [int(t) for t in text.split(",")]


def report(xs: list[int]) -> None:
    print("count", len(xs))
    print("sum", sum(xs))
    print("min", min(xs), "max", max(xs))


def main() -> int:
    xs = parse_numbers("4,8,15,16,23,42")
    report(xs)
    return 0 if len(sys.argv) == 1 else 1


if __name__ == "__main__":
    print("exit code would be", main())

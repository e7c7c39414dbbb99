# sys.exit(3) ends the program with status 3 after printing.
import sys


def main() -> None:
    print("working")
    print("argv length", len(sys.argv))
    sys.exit(3)
    print("not reached")


main()

# sys.exit(main()) with main returning a nonzero status.
import sys


def main() -> int:
    errors: int = 0
    for v in ["1", "22", "abc", "4x"]:
        if v.isdigit():
            print("ok", v)
        else:
            print("bad", v)
            errors += 1
    return errors


if __name__ == "__main__":
    sys.exit(main())

# sys.exit(3) ends the program with status 3 after flushing stdout.
import sys


def main() -> int:
    print("working")
    return 3


print("start")
sys.exit(main())

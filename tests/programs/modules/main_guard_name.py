# __name__ is "__main__" when run as a script; code under the guard runs once.
import sys

RUNS: int = 0


def main() -> None:
    global RUNS
    RUNS += 1
    print("main ran", RUNS, "time(s)")


print("module name:", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
print("argv length:", len(sys.argv))

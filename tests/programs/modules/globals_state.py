# Module-level mutable state shared by functions via global and list mutation.
import sys

VERBOSE: bool = False
ERRORS: int = 0
MESSAGES: list[str] = []


def warn(msg: str) -> None:
    global ERRORS
    ERRORS += 1
    MESSAGES.append(msg)
    if VERBOSE:
        print("warning:", msg)


def set_verbose(on: bool) -> None:
    global VERBOSE
    VERBOSE = on


warn("first")
set_verbose(True)
warn("second")
print(ERRORS, MESSAGES, len(sys.argv))

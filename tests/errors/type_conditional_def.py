import sys
if len(sys.argv) > 1:
    def f() -> int:
        return 1

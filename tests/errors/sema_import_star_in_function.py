def load() -> None:
    from math import *
    print(pi)

# bool() of numbers, strings, lists; str of bools.
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(-0.0))
print(bool(""), bool("0"), bool("False"), bool(" "))
e: list[str] = []
nested: list[list[int]] = [[]]
print(bool(e), bool([""]), bool(nested), bool(nested[0]))
print(str(True), repr(False), True + True, str(bool(5)))
print(bool(None), not None)

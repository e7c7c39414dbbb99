# str() and repr() of every core type.
print(str(42), str(-0), str(3.0), str(True), str(None), str("s"))
print(repr(42), repr(-0.5), repr(False), repr(None), repr("s"))
print(str([1, 2]), repr([1, 2]), str(["a"]), repr(["a"]))
print(str((1, "a")), repr(("a", 1.5)), str([None]), str([True]))
print(str(["it's"]), str(['a"b']), repr("it's"), repr('a"b'))
print(str(1e16), str(1e-5), str(-0.0), str(2 ** 0.5))
print(str(123) + str(4.5), len(str(10 ** 18)), len(repr("ab")))

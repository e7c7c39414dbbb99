# str/repr of lists of every core type.
print([1, 2], [1.5, -0.0], ["a", "it's", 'a"b'], [True, False], [None])
print([[1.5], []], [[["deep"]]], [(1, "a"), (2, "b")])
print(str([1, 2]), repr(["x"]), str(["x"]))
no_ints: list[int] = []
no_rows: list[list[int]] = [no_ints]
print(no_ints, no_rows, [""], ["\n"], ["é"])
xs: list[str] = ["tab\t", "back\\"]
print(xs, len(xs[0]))

# !r, !s conversions and their interaction with format specs.
name: str = "O'Brien"
text: str = "tab\there"
print(f"{name!r} {name!s} {name}")
print(f"{text!r}")
print(f"{'x'!r:>6}|{'x':>6}|")
print(f"{[1, 2]!r} {3.0!r} {None!r} {True!r}")
quoted: str = 'a"b'
print(f"{'é'!r} {quoted!r}")
xs: list[str] = ["a", "b'c"]
print(f"{xs} {xs!r} {xs[1]!r}")

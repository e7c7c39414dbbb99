# adder: rejected (str.center is not supported yet)
# str methods and operations.
s: str = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.replace("l", "L"), s.find("o"), s.count("l"))
print(s[0], s[-1], s[2:5], s[::-1], len(s), "World" in s)
print("-".join(["a", "b", "c"]), "  pad  ".strip() + "|", "x".center(5, "*"))
print(s.startswith("Hell"), s.endswith("d"), "42".isdigit(), "abc".isalpha())
print("%d items at %.1f" % (3, 2.5), "a" * 3, ord("A"), chr(97))
print(repr("quote\x27s"), str(12), "tab\there")

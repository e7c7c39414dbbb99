# strip() and find() on strings.
s: str = "   padded text \t\n"
print(repr(s.strip()), len(s), len(s.strip()))
print(repr("xxhixx".strip("x")), repr("  ".strip()), repr("".strip()))
t: str = "hello world, hello adder"
print(t.find("hello"), t.find("world"), t.find("adder"), t.find("python"))
print(t.find("o"), t.find(""), t.find("hello", 1), t.find("l", 5))
pos: int = t.find("o")
count: int = 0
while pos != -1:
    count += 1
    pos = t.find("o", pos + 1)
print("o occurs", count, "times")

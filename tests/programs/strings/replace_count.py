# replace() and count() on strings.
s: str = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""))
print(s.replace("a", "o"))
print(s.replace("an", "AN"))
print(s.replace("banana", ""))
print(s.replace("x", "y") == s)
print("aaa".replace("a", "aa"), "aaaa".count("aa"))
print("hello".replace("l", "L", 1))
print("a-b-c".replace("-", ", "))

# Non-ASCII strings: len counts code points, indexing and slicing by code point.
s: str = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:4])
print(s.replace("ö", "o"), s.count("l"))
print(repr(s), s.find("w"), "é" in s)
print("naïve" + " café", "ü" * 3)
print(s.split(" "), s[::-1])

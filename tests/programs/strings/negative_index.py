# Negative indexing on strings and iterating backwards by index.
s: str = "Python"
for i in range(-1, -len(s) - 1, -1):
    print(i, s[i])
print(s[-1] + s[0], s[len(s) - 1] == s[-1])
ext: str = "archive.tar.gz"
print(ext[-3:], ext[-2], ext[:-3], ext[-len(ext)])
rev: str = ""
i: int = -1
while i >= -len(s):
    rev += s[i]
    i -= 1
print(rev)

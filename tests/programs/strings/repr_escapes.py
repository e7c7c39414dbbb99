# repr() of strings: quote choice and escapes for \n \t \\ \x07, non-ASCII kept.
texts: list[str] = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there",
                    "line\nbreak", "back\\slash", "bell\x07", "caf\u00e9", "", "\r\x00\x7f"]
for t in texts:
    print(repr(t))
print(texts)
print(repr("a'b\"c"))
print(str("it's"), len("caf\u00e9"))

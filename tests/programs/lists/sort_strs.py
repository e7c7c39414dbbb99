# Sorting strings: code point order, uppercase before lowercase.
words: list[str] = ["delta", "Alpha", "charlie", "bravo", "alpha", "Bravo", "", "a"]
print(sorted(words))
words.sort()
print(words)
print(sorted(["10", "9", "100", "1"]))
print(sorted(["é", "e", "z", "E"]))

# Iterating over characters, counting classes of characters.
text: str = "Hello, World! 123"
letters: int = 0
digits: int = 0
spaces: int = 0
other: int = 0
for ch in text:
    if ch.isdigit():
        digits += 1
    elif ch == " ":
        spaces += 1
    elif ch.lower() != ch.upper():
        letters += 1
    else:
        other += 1
print(letters, digits, spaces, other)
print(len(text), [c for c in "abc"])

# upper() and lower() on ASCII strings.
words: list[str] = ["Hello", "WORLD", "mIxEd CaSe", "123abc!", ""]
for w in words:
    print(w.upper(), w.lower(), w.upper().lower() == w.lower())
name: str = "adder"
print(name.upper() + "!", name[0].upper() + name[1:])
print("ABC".lower() == "abc", "abc".upper() < "abc")

# Lexicographic string comparisons and sorting.
print("apple" < "banana", "apple" < "Apple", "a" < "ab", "" < "a")
print("abc" == "abc", "abc" != "abd", "Z" < "a", "10" < "9")
words: list[str] = ["pear", "Apple", "banana", "apple", "Banana", "cherry", ""]
print(sorted(words))
print(min(words), max(words))
print(max("hello", "help"), min("b", "a", "c"))

# String slicing with positive, negative, omitted bounds and steps.
s: str = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[100:], s[-100:3], s[3:100])
print(s[-1], s[-10], s[0])
print(repr(s[4:4]), len(s[::3]))
word: str = "racecar"
print(word == word[::-1], "python"[::-1])

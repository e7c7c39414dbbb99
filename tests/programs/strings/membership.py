# The in and not in operators on strings.
text: str = "the quick brown fox"
for w in ["quick", "slow", "fox", "", "the q", "Fox"]:
    print(repr(w), w in text, w not in text)
vowels: str = "aeiou"
count: int = 0
for ch in text:
    if ch in vowels:
        count += 1
print("vowels:", count)

# Word frequencies with parallel lists (no dict), sorted output.
text: str = "the cat and the hat and the bat sat on the mat"
words: list[str] = []
counts: list[int] = []
for w in text.split():
    if w in words:
        counts[words.index(w)] += 1
    else:
        words.append(w)
        counts.append(1)
for i in range(len(words)):
    print(f"{words[i]:<4}{counts[i]:>3}")
print(sorted(words))

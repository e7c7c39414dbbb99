# Finding maxima in lists of tuples with ties, keeping first seen.
scores: list[tuple[str, int]] = [("ann", 7), ("bob", 9), ("cy", 9), ("dee", 3)]
best_name: str = ""
best_score: int = -1
for name, score in scores:
    if score > best_score:
        best_name, best_score = name, score
print(best_name, best_score)
ranked: list[tuple[int, str]] = [(s, n) for n, s in scores]
print(ranked)
print(max(ranked[0], ranked[1]), min(ranked[2], ranked[3]))

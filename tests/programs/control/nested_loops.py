# Nested loops: multiplication table and triangle patterns.
for i in range(1, 6):
    row: str = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
triples: list[tuple[int, int, int]] = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)

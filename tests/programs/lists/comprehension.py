# List comprehensions with and without an if clause.
squares: list[int] = [n * n for n in range(10)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0]
print(evens)
words: list[str] = ["apple", "kiwi", "banana", "fig"]
print([w.upper() for w in words if len(w) > 3])
print([len(w) for w in words])
print([x / 2 for x in [1, 2, 3]])
print([s for s in "a,b,,c".split(",") if s])
print([n for n in squares if n > 100])
print([str(i) + w for i, w in enumerate(words)])

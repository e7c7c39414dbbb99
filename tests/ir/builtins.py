import math

n = int("42") + abs(-3)
f = float("1.5") * 2
words = "b,a,c".split(",")
words.sort()
print(n, f, round(f), sorted(words, reverse=True), words.index("c"))
print(math.sqrt(16.0), math.floor(2.7), str(n) + repr("q"), bool(0), hex(255))

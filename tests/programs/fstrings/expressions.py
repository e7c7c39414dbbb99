# Arbitrary expressions inside f-strings: calls, indexing, conditionals, methods.
def square(n: int) -> int:
    return n * n


xs: list[int] = [3, 1, 4, 1, 5]
word: str = "adder"
print(f"{square(7)} {max(xs)} {sorted(xs)} {xs[1:3]}")
print(f"{word.upper()} {word[::-1]} {len(word) * 2}")
print(f"{'even' if len(xs) % 2 == 0 else 'odd'}")
print(f"{sum(xs) / len(xs):.2f} {xs.count(1)}")
print(f"{[x * 2 for x in xs]}")
n: int = 5
print(f"{n}! = {1 * 2 * 3 * 4 * 5}")

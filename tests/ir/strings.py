def greet(name: str, times: int = 2) -> str:
    return f"hello {name}! " * times


s = greet("bob")
print(s.upper(), s.strip(), len(s), sep=", ", end="\n")
x = 3.14159
print(f"{x:.2f} {x!r} {10:>5}")
words = "a b c".split()
print("-".join(words), "b" in s)

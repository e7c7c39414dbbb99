# f-strings with conversions and format specs.
name: str = "adder"
n: int = 42
pi: float = 3.14159265
print(f"{name}: {n}")
print(f"{name!r} {n:5d}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {n:x} {n:#o} {n:08b}")
print(f"{n * 2 + 1} {name.upper()} {len(name)}")
print(f"{1000000:,} {0.25:%} {-n:+d} {n:+d}")
width: int = 8
print(f"[{name:>{width}}]")
print(f"{{literal}} {n!s:>4}")

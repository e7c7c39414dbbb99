# f-strings with plain substitutions of every core type.
name: str = "Ada"
age: int = 36
height: float = 1.65
ok: bool = True
xs: list[int] = [1, 2, 3]
pair: tuple[str, int] = ("a", 1)
print(f"{name} is {age} years old and {height} m tall")
print(f"ok={ok} none={None} list={xs} pair={pair}")
print(f"{age + 4} {age * 2} {height * 2} {len(name)}")
print(f"{{literal braces}} {name}{name}")
print(f"")
print(f"{'nested quotes'} {xs[0]}{xs[-1]}")
print(f"{1 / 3} {0.1 + 0.2} {1e16} {-0.0}")

# Nested replacement fields inside format specs: {x:{w}} and {x:{w}.{p}f}.
width: int = 10
prec: int = 3
val: float = 3.14159
print(f"[{val:{width}}] [{val:{width}.{prec}f}] [{val:<{width}.{prec}f}]")
for w in range(3, 9, 2):
    print(f"[{'ab':>{w}}] [{42:0{w}d}]")
align: str = "^"
print(f"[{'mid':{align}{width}}]")
for p in range(0, 4):
    print(f"{val:.{p}f}")

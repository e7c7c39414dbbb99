# Conditional expressions, including nested and inside other expressions.
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, n if n >= 0 else -n)
xs: list[int] = [1, 2, 3, 4, 5]
print([x * 10 if x % 2 else x for x in xs])
label: str = "many" if len(xs) > 3 else "few"
print(label, (1 if label == "many" else 0) + 100)
v: float = 2.5
print(v if v > 0 else 0.0, max(v, 1.0) if v < 10 else 10.0)

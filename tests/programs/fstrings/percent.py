# Percent format :% and :.N%.
ratios: list[float] = [0.5, 0.25, 1.0, 0.125, 0.3333333, 1.5, 0.0, -0.05]
for r in ratios:
    print(f"{r:%} {r:.0%} {r:.1%} {r:>8.2%}")
done: int = 37
total: int = 120
print(f"progress: {done / total:.1%}")

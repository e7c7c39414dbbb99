# A formatted report table using widths, alignment and precision.
names: list[str] = ["widget", "gadget", "doohickey", "thing"]
prices: list[float] = [2.5, 10.0, 0.333, 1234.5]
qty: list[int] = [4, 1, 12, 2]
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
print("-" * 37)
grand: float = 0.0
for i in range(len(names)):
    t = prices[i] * qty[i]
    grand += t
    print(f"{names[i]:<10}{qty[i]:>5}{prices[i]:>10.2f}{t:>12,.2f}")
print("-" * 37)
print(f"{'total':<25}{grand:>12,.2f}")

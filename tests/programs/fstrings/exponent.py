# Exponent format :e and general format :g.
vals: list[float] = [0.0, 1.0, 123456.789, 0.000123456, -1e-10, 1e22, 5e-324]
for v in vals:
    print(f"{v:e} | {v:.2e} | {v:g} | {v:.3g}")
print(f"{100000:g} {1000000:g} {1e-4:g} {1e-5:g}")
print(f"{1234567.0:g} {0.1:g} {2.5:.0e} {3.5:.0e}")
print(f"{12:e} {12:g}")
print(f"{float('inf'):e} {float('nan'):g}")

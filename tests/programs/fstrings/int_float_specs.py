# Float specs applied to ints, int type d and sign options.
print(f"{5:.2f} {5:e} {5:%} {-5:.1f}")
print(f"{42:d} {-42:d} {42:+d} {42: d} {-42: d}")
print(f"{3.0:+.1f} {-3.0:+.1f} {0.0:+.1f} {-0.0:+.1f}")
print(f"{1:>+5} {1:<+5}|")
print(f"{-0.0} {-0.0:g} {-0.0:e} {-1e-10:.2f}")
counts: list[int] = [0, 7, -3, 1200]
for c in counts:
    print(f"[{c:+6d}] [{c: 6d}] [{c:<6d}] [{c:^+7d}]")

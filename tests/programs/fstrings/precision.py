# Fixed-point precision specs :.Nf round correctly.
import math

vals: list[float] = [3.14159265, 2.675, 0.125, 0.5, 1.5, 2.5, -1.005, 1e10, 123.456]
for v in vals:
    print(f"{v:.0f} {v:.1f} {v:.2f} {v:.3f}")
print(f"{math.pi:.10f} {math.e:.15f}")
print(f"{7:.2f} {-0.0:.1f} {0.0005:.3f} {0.0015:.3f}")
print(f"{math.inf:.2f} {-math.inf:.2f} {math.nan:.2f}")
print(f"{1e22:.1f} {1.5e-10:.12f}")

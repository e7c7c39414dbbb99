# Module-level constants computed from other constants and math.
import math

TAU: float = 2 * math.pi
STEPS: int = 8
DELTA: float = TAU / STEPS
TABLE: list[float] = [round(math.sin(i * DELTA), 6) for i in range(STEPS)]
print(TAU, DELTA)
print(TABLE)
print(len(TABLE), max(TABLE), min(TABLE))

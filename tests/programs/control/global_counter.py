# Module-level counters updated through global statements.
COUNT: int = 0
TOTAL: float = 0.0
LOG: list[str] = []


def record(v: float) -> None:
    global COUNT, TOTAL
    COUNT += 1
    TOTAL += v
    LOG.append(f"{v:.1f}")


def reset() -> None:
    global COUNT
    COUNT = 0


for v in [1.5, 2.0, 3.25]:
    record(v)
print(COUNT, TOTAL, LOG)
reset()
print(COUNT, TOTAL)

"""movavg: a fixed-point moving-average filter.

Values are Q8 fixed point in an i32 (256 is 1.0): no floating point, so
the filter costs no soft-float code on a Cortex-M0. The window is a ring
buffer with a running sum, so each new sample costs O(1).
"""
from adder import i32

WINDOW: int = 4
FRAC_BITS: int = 8

ring: list[i32] = [i32(0), i32(0), i32(0), i32(0)]
total: i32 = i32(0)
head: int = 0
count: int = 0


def reset() -> None:
    global total, head, count
    for i in range(WINDOW):
        ring[i] = i32(0)
    total = i32(0)
    head = 0
    count = 0


def add(sample: i32) -> i32:
    """Adds a Q8 sample; returns the average of the last WINDOW samples
    (of all samples so far while fewer have arrived)."""
    global total, head, count
    total = total - ring[head] + sample
    ring[head] = sample
    head = (head + 1) % WINDOW
    if count < WINDOW:
        count += 1
    return total // i32(count)


def to_q8(whole: int, hundredths: int) -> i32:
    return i32((whole * 256 * 100 + hundredths * 256) // 100)


def format_q8(v: i32) -> str:
    """v as a decimal with two digits, truncated: 0x0180 -> '1.50'."""
    x: int = int(v)
    sign: str = ""
    if x < 0:
        sign = "-"
        x = -x
    return f"{sign}{x >> FRAC_BITS}.{(x & 255) * 100 >> FRAC_BITS:02}"

# Trigonometry with math.sin/cos/pi: identities and rounding.
import math

for deg in range(0, 361, 45):
    rad = deg * math.pi / 180
    s = math.sin(rad)
    c = math.cos(rad)
    print(f"{deg:>3} {s:+.4f} {c:+.4f} {s * s + c * c:.12f}")
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10))

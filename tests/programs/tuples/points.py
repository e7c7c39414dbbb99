# Tuples as 2-D points: distance, centroid, sorted by coordinates.
import math


def dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)


pts: list[tuple[float, float]] = [(0.0, 0.0), (3.0, 4.0), (-1.0, 2.5), (6.0, 8.0)]
for i in range(len(pts) - 1):
    print(pts[i], pts[i + 1], dist(pts[i], pts[i + 1]))
cx: float = 0.0
cy: float = 0.0
for px, py in pts:
    cx += px
    cy += py
print((cx / len(pts), cy / len(pts)))

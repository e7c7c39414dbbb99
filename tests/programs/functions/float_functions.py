# Functions over floats: polynomial evaluation, numeric integration.
def poly(coeffs: list[float], x: float) -> float:
    r: float = 0.0
    for c in coeffs:
        r = r * x + c
    return r


def integrate(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s: float = 0.5 * (poly([1.0, 0.0, 0.0], a) + poly([1.0, 0.0, 0.0], b))
    for i in range(1, n):
        s += poly([1.0, 0.0, 0.0], a + i * h)
    return s * h


print(poly([2.0, -3.0, 1.0], 0.0), poly([2.0, -3.0, 1.0], 2.0), poly([1.0], 5.0))
print(f"{integrate(0.0, 1.0, 100):.6f} {integrate(0.0, 3.0, 1000):.4f}")

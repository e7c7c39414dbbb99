# round(x, n) uses the exact binary value: 2.675 -> 2.67, 0.125 -> 0.12.
print(round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(3.14159, 3), round(-3.14159, 3), round(1.0, 5))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(0.5, 0), round(1.5, 0), round(-0.5, 0))
print(round(1e-10, 5), round(-1e-10, 5))
print(round(123456.789, 1), round(0.1 + 0.2, 10))
print(round(2.5, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(15, -1))

# Float modulo takes the sign of the divisor; -0.0 results preserved.
pairs: list[tuple[float, float]] = [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (-7.0, -3.0),
                                    (5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (0.0, 3.0)]
for a, b in pairs:
    print(a, b, a % b)
print(-6.0 % 3.0, 6.0 % -3.0, -0.0 % 5.0)
print(1.0 % 0.1, -1.0 % 0.1)
print(10 % 2.5, -10 % 2.5)
print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(7.5, -2.0))

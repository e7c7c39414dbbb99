# Float floor division floors toward negative infinity.
pairs: list[tuple[float, float]] = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0),
                                    (7.5, 2.0), (-7.5, 2.0), (0.0, -3.0), (1.0, 0.1)]
for a, b in pairs:
    print(a, b, a // b)
print(-1.0 // 3, 1.0 // -3)
print(-0.5 // 1, 0.5 // -1)
print(7 // 2.0, -7 // 2.0)

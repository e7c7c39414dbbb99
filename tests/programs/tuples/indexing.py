# Tuple indexing with positive and negative constant indices.
rgb: tuple[int, int, int] = (255, 128, 0)
print(rgb[0], rgb[1], rgb[2], rgb[-1], rgb[-3])
print(len(rgb), rgb[0] + rgb[1], rgb == (255, 128, 0))
record: tuple[str, int, float] = ("ann", 31, 1.7)
name = record[0]
age = record[1]
print(name.upper(), age + 1, record[2] * 2)

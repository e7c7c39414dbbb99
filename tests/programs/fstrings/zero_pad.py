# Zero padding with width: 08.2f, 05d, signs and negatives.
print(f"{3.14159:08.2f} {-3.14159:08.2f} {3.14159:+08.2f}")
print(f"{42:05d} {-42:05d} {42:05} {0:03}")
print(f"{7:02d}:{5:02d}:{9:02d}")
for h in [0, 9, 12, 23]:
    print(f"{h:02d}:{h * 2 % 60:02d}")
print(f"{1.5:010.4f} {-0.001:07.3f}")
print(f"{12345:03d}")

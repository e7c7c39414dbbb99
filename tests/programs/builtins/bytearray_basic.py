# bytearray creation from a size, indexing, assignment and len.
buf = bytearray(4)
print(len(buf), buf[0], buf)
buf[0] = 65
buf[1] = 0x42
buf[-1] = 255
print(buf, buf[-1], buf[1])
total: int = 0
for i in range(len(buf)):
    total += buf[i]
print(total)
big = bytearray(16)
for i in range(16):
    big[i] = (i * 37) & 0xFF
print([big[i] for i in range(0, 16, 4)])

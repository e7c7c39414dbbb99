# Integer presentation types: x, X, #x, b, #b, o, with width and padding.
for n in [0, 1, 10, 255, 4096, 65535]:
    print(f"{n:x} {n:X} {n:#x} {n:b} {n:#b} {n:o} {n:#o}")
print(f"{255:08b} {255:#010x} {-255:x} {-255:#x}")
print(f"{0xdeadbeef:#X} {0xdeadbeef:x}")
print(f"{5:>4b}|{5:<4b}|{5:^6b}|")
print(f"{9223372036854775807:x} {-9223372036854775807 - 1:x}")

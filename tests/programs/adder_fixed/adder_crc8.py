# CRC-8 (poly 0x07) over frames held in list[u8], and a framed parser.
from adder import u8, u16


def crc8(data: list[u8]) -> u8:
    crc = u8(0)
    for b in data:
        crc = crc ^ b
        for _ in range(8):
            if crc & 0x80:
                crc = (crc << 1) ^ 0x07
            else:
                crc = crc << 1
    return crc


def frame(payload: list[u8]) -> list[u8]:
    out: list[u8] = [u8(0x7E), u8(len(payload))]
    for b in payload:
        out.append(b)
    out.append(crc8(payload))
    return out


def checksum16(data: list[u8]) -> u16:
    s = u16(0)
    for b in data:
        s = s + u16(b) * 31
    return s


msg: list[u8] = [u8(ord(c)) for c in "123456789"]
print(msg)
print(crc8(msg), hex(int(crc8(msg))))
f = frame([u8(1), u8(2), u8(250), u8(255)])
print(f, len(f), f[1], f[-1])
f[2] = f[2] + 255
print(f, crc8(f[2:6]) == f[-1])
print(checksum16(msg + f))

# A class holding a bytearray buffer: checksum and byte manipulation.
class Packet:
    def __init__(self, size: int) -> None:
        self.data: bytearray = bytearray(size)
        self.length: int = 0

    def put(self, b: int) -> None:
        self.data[self.length] = b & 0xFF
        self.length += 1

    def checksum(self) -> int:
        s: int = 0
        for i in range(self.length):
            s = (s + self.data[i]) & 0xFF
        return s


p = Packet(8)
for v in [0x10, 0x20, 0xF0, 300, 7]:
    p.put(v)
print(p.length, p.checksum(), len(p.data))
print([p.data[i] for i in range(p.length)])
print(p.data)

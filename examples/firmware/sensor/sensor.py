"""sensor: decode temperature frames from a serial link and smooth them.

The "received" byte stream is built here with frames.encode (what the
sensor would send), with noise between frames, one frame with a corrupted
CRC and one with a bad length. Each valid frame carries a sensor id and a
reading in hundredths of a degree (big-endian u16); readings go through
the moving-average filter and both are printed.
"""
import frames
from frames import Parser
from movavg import add, format_q8, to_q8
from adder import u8

READINGS: list[int] = [2150, 2175, 2210, 2190, 2300, 2280, 2265, 2240]


def make_stream() -> list[u8]:
    stream: list[u8] = [u8(0x00), u8(0xFF)]          # line noise
    for i in range(len(READINGS)):
        r: int = READINGS[i]
        payload: list[u8] = [u8(1), u8(r >> 8), u8(r & 0xFF)]
        frame: list[u8] = frames.encode(payload)
        if i == 3:
            frame[len(frame) - 1] = frame[len(frame) - 1] ^ 0x5A   # corrupted CRC
        for b in frame:
            stream.append(b)
        if i == 5:
            stream.append(u8(frames.START))
            stream.append(u8(200))                   # impossible length
    return stream


def main() -> None:
    stream: list[u8] = make_stream()
    print(f"received {len(stream)} bytes")
    parser: Parser = Parser()
    for b in stream:
        parser.feed(b)
    print(f"{len(parser.frames)} frames, {parser.dropped} dropped")
    for payload in parser.frames:
        centi: int = (int(payload[1]) << 8) | int(payload[2])
        avg = add(to_q8(centi // 100, centi % 100))
        print(f"sensor {payload[0]}: {centi // 100}.{centi % 100:02} C, average {format_q8(avg)} C")


main()

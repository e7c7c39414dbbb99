"""frames: the serial protocol of the sensor link.

A frame is START, LEN, LEN payload bytes, CRC, where CRC is the CRC-8
(polynomial 0x07, initial value 0, as in SMBus) of LEN and the payload.
The parser takes the received bytes one at a time, like a UART interrupt
would, skips noise between frames, and drops frames whose CRC is wrong or
whose length is out of range.
"""
from adder import u8

START: int = 0xA5
MAX_PAYLOAD: int = 8

# Parser states.
WAIT_START: int = 0
WAIT_LEN: int = 1
IN_PAYLOAD: int = 2
WAIT_CRC: int = 3


def crc8_update(crc: u8, byte: u8) -> u8:
    crc = crc ^ byte
    for _ in range(8):
        if (crc & 0x80) != 0:
            crc = (crc << 1) ^ 0x07
        else:
            crc = crc << 1
    return crc


def crc8(data: list[u8]) -> u8:
    crc: u8 = u8(0)
    for b in data:
        crc = crc8_update(crc, b)
    return crc


def encode(payload: list[u8]) -> list[u8]:
    """The frame carrying payload (what the sensor side sends)."""
    body: list[u8] = [u8(len(payload))]
    for b in payload:
        body.append(b)
    frame: list[u8] = [u8(START)]
    for b in body:
        frame.append(b)
    frame.append(crc8(body))
    return frame


class Parser:
    """Receives bytes; complete, valid payloads are appended to `frames`."""

    def __init__(self) -> None:
        self.state: int = WAIT_START
        self.length: int = 0
        self.crc: u8 = u8(0)
        self.payload: list[u8] = []
        self.frames: list[list[u8]] = []
        self.dropped: int = 0

    def feed(self, byte: u8) -> None:
        if self.state == WAIT_START:
            if int(byte) == START:
                self.state = WAIT_LEN
        elif self.state == WAIT_LEN:
            n: int = int(byte)
            if n == 0 or n > MAX_PAYLOAD:
                self.dropped += 1
                self.state = WAIT_START
            else:
                self.length = n
                self.crc = crc8_update(u8(0), byte)
                self.payload = []
                self.state = IN_PAYLOAD
        elif self.state == IN_PAYLOAD:
            self.payload.append(byte)
            self.crc = crc8_update(self.crc, byte)
            if len(self.payload) == self.length:
                self.state = WAIT_CRC
        else:
            if byte == self.crc:
                self.frames.append(self.payload)
            else:
                self.dropped += 1
            self.state = WAIT_START

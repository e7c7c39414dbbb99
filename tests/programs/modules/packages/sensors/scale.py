print("sensors.scale:", __name__)
FACTOR: int = 3


def gain(v: int) -> int:
    return v * FACTOR

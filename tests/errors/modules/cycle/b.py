from a import fa


def fb() -> int:
    return fa() + 1

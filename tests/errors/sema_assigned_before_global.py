def reset() -> None:
    total = 0
    global total

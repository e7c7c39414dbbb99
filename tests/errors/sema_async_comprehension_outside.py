def collect(source) -> list[int]:
    return [x async for x in source]

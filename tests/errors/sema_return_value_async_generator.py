async def ticks(n: int):
    for i in range(n):
        yield i
    return n

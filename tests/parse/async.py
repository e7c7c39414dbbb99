import asyncio

async def fetch(url: str, *, retries: int = 3) -> bytes:
    async with session.get(url) as resp, other:
        data = await resp.read()
    async for chunk in stream():
        yield chunk
    result = [x async for x in aiter() if await check(x)]
    await asyncio.sleep(0)
    return data

async def main():
    await asyncio.gather(*(fetch(u) for u in urls))

def gen():
    yield 1
    yield from range(3)
    x = yield

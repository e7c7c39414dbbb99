async def main():
    result = [await x async for x in y if await z]
    async with a as b, c:
        async for d in e:
            await d
    return await asyncio.gather(*tasks)

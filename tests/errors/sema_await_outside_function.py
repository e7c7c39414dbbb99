async def fetch() -> int:
    return 1

x: int = await fetch()

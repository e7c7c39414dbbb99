def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    return a

async def g(x: int) -> None:
    await x
    async for y in x:
        yield y
    async with x as (p, q):
        pass

lambda *a, k=1, **kw: (a, k)

def drain(source) -> None:
    async for item in source:
        print(item)

def outer() -> None:
    def inner() -> None:
        nonlocal missing
        missing = 1
    inner()

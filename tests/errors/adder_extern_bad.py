from adder import extern, u8


@extern
def read_buf(n: u8) -> list[u8]:
    return []


@extern(42)
def bad_name() -> None:
    pass


x = extern(3)

from adder import u8, u16


def f(a: u8, b: u16, n: int) -> None:
    print(a + b)
    print(a * n)
    print(a + 300)
    x: u8 = 5

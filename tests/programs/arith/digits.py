# Digit manipulation with // and %: sum of digits, reversal, base conversion.
def digit_sum(n: int) -> int:
    total: int = 0
    n = abs(n)
    while n > 0:
        total += n % 10
        n //= 10
    return total


def reverse_digits(n: int) -> int:
    r: int = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    digits: str = "0123456789abcdef"
    out: str = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return out


print(digit_sum(123456789), digit_sum(-9999), digit_sum(0))
print(reverse_digits(12345), reverse_digits(1200))
print(to_base(255, 2), to_base(255, 16), to_base(255, 8), to_base(0, 3), to_base(1000, 7))

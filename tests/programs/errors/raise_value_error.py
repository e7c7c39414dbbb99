# An explicit raise ValueError("msg") from a validation function.
def parse_age(text: str) -> int:
    n = int(text)
    if n < 0 or n > 150:
        raise ValueError(f"age out of range: {n}")
    return n


for t in ["31", "0", "200"]:
    print("age", parse_age(t))

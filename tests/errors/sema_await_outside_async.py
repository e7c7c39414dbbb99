def fetch() -> int:
    return 1

def main() -> None:
    value = await fetch()
    print(value)

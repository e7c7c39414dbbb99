counter: int = 0

def bump() -> None:
    print(counter)
    global counter
    counter += 1

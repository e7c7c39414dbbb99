limit: int = 10

def set_limit(limit: int) -> None:
    global limit

K: int = 2

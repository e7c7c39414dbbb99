class Config:
    size: int = 4
    return size

@decorator(1)
class C(Base, metaclass=M):
    """doc"""
    x: int = 0

    @property
    def v(self) -> int:
        return self.x

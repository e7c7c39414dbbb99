# A class-typed optional field: is None / is not None checks and narrowing.
class Owner:
    def __init__(self, name: str) -> None:
        self.name: str = name


class Pet:
    def __init__(self, kind: str) -> None:
        self.kind: str = kind
        self.owner: Owner | None = None


def owner_name(p: Pet) -> str:
    if p.owner is None:
        return "nobody"
    return p.owner.name


pets: list[Pet] = [Pet("cat"), Pet("dog")]
pets[1].owner = Owner("ann")
for p in pets:
    print(p.kind, owner_name(p), p.owner is not None)
pets[1].owner = None
print(owner_name(pets[1]))

@decorator
def plain(): pass

@mod.attr(arg, key=1)
@other
class K: pass

@(lambda f: f)
def weird(a, /, b, *, c, **kwargs) -> "ret": ...

def defaults(a: int = 1, *args: str, b=2, **kw: dict) -> None:
    return a if b else None

if x: y = 1; z = 2
while False: pass
for _ in (): pass

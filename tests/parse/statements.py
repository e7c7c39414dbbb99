import os
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b, c)
from __future__ import annotations
x = y = 1
a, *rest = [1, 2, 3]
x += 2
counter: int = 0
obj.attr: str
(paren): int = 3
del x, a[0], obj.attr
assert x, "message"
global g1, g2
pass
if a:
    pass
elif b:
    x = 1
else:
    x = 2
while x:
    break
else:
    continue
for i, j in pairs:
    print(i)
else:
    print("done")
try:
    risky()
except ValueError as err:
    raise RuntimeError("bad") from err
except (TypeError, KeyError):
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    f()
except* OSError as eg:
    pass
with open(p) as f, lock:
    f.read()
with (open(a) as fa, open(b) as fb):
    pass
def outer():
    v = 1
    def inner():
        nonlocal v
        return v
    return
class C(Base, metaclass=Meta):
    """doc"""
    x: int = 1
    @property
    def value(self) -> int:
        return self.x

if a:
  b
  if c:
        d
  e
def f(): return 1
class C: pass; pass
if x: y; z

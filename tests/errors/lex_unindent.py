def f() -> int:
    if True:
        return 1
  return 0

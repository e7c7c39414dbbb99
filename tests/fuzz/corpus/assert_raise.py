assert x, "msg"
assert (x, y)
raise
raise E
raise E("m") from cause

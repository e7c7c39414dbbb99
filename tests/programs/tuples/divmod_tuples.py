# divmod returns a tuple; converting seconds to h:m:s.
def hms(seconds: int) -> tuple[int, int, int]:
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return h, m, s


for secs in [0, 59, 60, 3599, 3600, 86399, 90061]:
    h, m, s = hms(secs)
    print(f"{secs:>6} -> {h:02d}:{m:02d}:{s:02d}")
print(hms(7325), divmod(-7, 2), divmod(7.5, 2.0))

a = 0x
b = 1 $
c = "open
d = 0o9

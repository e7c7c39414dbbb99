x = 1
s = "abc\x4"

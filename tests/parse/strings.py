s1 = 'single'
s2 = "double"
s3 = '''triple
quoted'''
s4 = r"raw\n"
s5 = b"bytes\x00\xff"
s6 = u"unicode"
s7 = "implicit" " concatenation" ' here'
s8 = "escapes: \n \t \\ \' \" \x41 \101 \u00e9 \U0001F600 \N{BULLET}"
s9 = "\ud800 lone surrogate"
f1 = f"hello {name}!"
f2 = f"{value!r:>{width}} {x=} {y!s} {z!a}"
f3 = f"{a}" "plain" f"{b:.2f}"
f4 = rb"raw\bytes"
f5 = f"{{literal}} {x:{'nested'}}"
f6 = F"""multi
{line}"""
é = "non-ascii name"

s = ['a', "b", '''c''', """d""", r'\n', b'\x00', rb'x', u'u', 'con' 'cat', '\N{BULLET}', '\u00e9\U0001F600\777']

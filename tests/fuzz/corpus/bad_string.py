x = 'unterminated
y = """also

# adder: rejected (try/except and user exception classes is not supported yet)
# try/except/else/finally and user exceptions.
class ParseError(Exception):
    pass


def parse(s: str) -> int:
    if not s:
        raise ParseError("empty")
    return int(s)


for text in ["12", "", "x1"]:
    try:
        v = parse(text)
    except ParseError as e:
        print("parse error:", e)
    except ValueError as e:
        print("value error:", e)
    else:
        print("ok", v)
    finally:
        print("done", repr(text))

try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)

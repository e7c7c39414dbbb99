# ValueError from float() of a malformed string in a parsing loop.
def parse_all(texts: list[str]) -> list[float]:
    out: list[float] = []
    for t in texts:
        v = float(t)
        print("parsed", repr(t), "->", v)
        out.append(v)
    return out


values = parse_all(["1.5", " -2e3 ", "inf", "1.2.3", "4.0"])
print("not reached", values)

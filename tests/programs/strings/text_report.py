# Building multi-line text with join, split and ljust-free padding by repetition.
def pad(s: str, width: int) -> str:
    return s + " " * (width - len(s))


rows: list[list[str]] = [["name", "lang", "year"], ["adder", "C", "2024"], ["cpython", "C", "1991"]]
widths: list[int] = [0, 0, 0]
for row in rows:
    for i in range(len(row)):
        widths[i] = max(widths[i], len(row[i]))
lines: list[str] = []
for row in rows:
    lines.append(" | ".join([pad(row[i], widths[i]) for i in range(len(row))]).strip())
text = "\n".join(lines)
print(text)
print(len(text.split("\n")), text.count("|"), text.find("adder"))
print(repr(text.split("\n")[0]))

# IndexError from indexing a string out of range while scanning pairs.
def pairs(s: str) -> None:
    for i in range(0, len(s), 2):
        print(s[i] + s[i + 1])


print("abc"[0], "abc"[-1])
pairs("abcd")
pairs("xyz")
print("not reached")

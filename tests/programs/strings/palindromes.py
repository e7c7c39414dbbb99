# Palindrome checks with lower(), filtering and reversal.
def clean(s: str) -> str:
    out: str = ""
    for ch in s.lower():
        if ch.isdigit() or ("a" <= ch and ch <= "z"):
            out += ch
    return out


def is_palindrome(s: str) -> bool:
    c = clean(s)
    return c == c[::-1]


for phrase in ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon", "12321", ""]:
    print(repr(phrase), is_palindrome(phrase))

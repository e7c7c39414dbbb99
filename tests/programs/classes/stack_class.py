# A stack class wrapping a list, used to evaluate postfix expressions.
class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def pop(self) -> int:
        return self.items.pop()

    def size(self) -> int:
        return len(self.items)


def rpn(expr: str) -> int:
    st = Stack()
    for tok in expr.split():
        if tok.isdigit():
            st.push(int(tok))
        else:
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.push(a + b)
            elif tok == "-":
                st.push(a - b)
            elif tok == "*":
                st.push(a * b)
            else:
                st.push(a // b)
    return st.pop()


print(rpn("3 4 +"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"), rpn("2 7 - 3 /"))

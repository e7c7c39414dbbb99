# An explicit raise of RuntimeError and other builtin exceptions with a message.
def step(state: int) -> int:
    if state > 3:
        raise RuntimeError("state machine overran")
    return state + 1


s: int = 0
while True:
    s = step(s)
    print("state", s)

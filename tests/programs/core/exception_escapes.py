# An uncaught exception ends the program with status 1 (traceback on stderr).
def divide(a: int, b: int) -> int:
    return a // b


print("before")
print(divide(10, 2))
print(divide(1, 0))
print("not reached")

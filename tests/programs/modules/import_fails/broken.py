print("broken: start")
values: list[int] = [1, 2]
x = values[5]
print("never")

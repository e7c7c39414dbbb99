name = "adder
print(name)

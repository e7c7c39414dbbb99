x = 0
name = "adder"
value = x or name

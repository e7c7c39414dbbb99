# adder: rejected (the sum of an empty list[float] is the int 0, which no static type can say)
# sum() of an empty list[float] is the int 0 (start value), printed as "0".
fe: list[float] = []
print(sum(fe))
print(sum(fe) + 0.5, sum([0.5]))
total = sum(fe)
print(total == 0, total == 0.0)

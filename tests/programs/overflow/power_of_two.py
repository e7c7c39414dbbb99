# adder: expect OverflowError
# 2 ** 63 is one past the largest 64-bit int; doubling a counter overflows.
x: int = 1
for i in range(62):
    x *= 2
print(x)
print(x * 2)
print(2 ** 64)

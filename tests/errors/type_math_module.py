import math
print(math.sqrt("4"))
print(math.gamma(2.0))

# math.sqrt of a negative number raises ValueError (math domain error).
import math

print(math.sqrt(4.0))
print(math.log(1.0))
print(math.sqrt(-1.0))

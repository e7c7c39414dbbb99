import math
import sensorz
from helpers_missing import f

print(math.pi)

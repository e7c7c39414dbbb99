from sensors.filters import smooth
import sensors.scale as sc
from sensors import scale, VERSION
import sensors

print(smooth([10, 20, 30, 40]))
sc.FACTOR = 10
print(smooth([10, 20]), scale.FACTOR, VERSION, sensors.VERSION)

from helpers import scale, offset
import helpers

print(scale(2))
print(helpers.nothing)
helpers.scale = 4
print(helpers.LIMIT(1))

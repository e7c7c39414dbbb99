import filters
import util
import filters as f
from filters import moving_avg, THRESHOLD as LIMIT, Window, counter

print("main: start", LIMIT, counter)
avg = moving_avg([4, 8, 15, 16, 23, 42], 3)
print(avg)
print("above:", util.above(avg))
print("counter:", filters.counter, f.counter, counter)
filters.counter += 100
f.bump(5)
print("counter:", filters.counter, f.counter, counter)
filters.THRESHOLD = 20
print("above:", util.above(avg))
w = Window(2)
w.push(3)
w.push(4)
w.push(5)
print(w.items, w.size, w.total())
ws: list[Window] = [filters.Window(1), f.Window(5)]
for x in ws:
    x.push(7)
    print(x.total(), len(x.items))
print(filters.names)

# The loop variable keeps its last value after the loop; while-loop counters.
last: int = -1
for i in range(4):
    last = i
print(i, last)
for word in ["a", "bb", "ccc"]:
    pass
print(word)
j: int = 0
while j < 10:
    j += 3
print(j)

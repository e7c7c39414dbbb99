# break and continue in while and for loops, including nested loops.
for i in range(10):
    if i % 2 == 1:
        continue
    if i > 6:
        break
    print("for", i)
n: int = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 5:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
count: int = 0
for i in range(100):
    if i % 3 != 0:
        continue
    count += 1
print(count)

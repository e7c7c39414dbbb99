for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
else:
    pass
while True:
    break
else:
    print("no")

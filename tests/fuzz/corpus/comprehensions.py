a = [x for x in y if x for z in x]
b = {k: v for k, v in d.items()}
c = {s for s in t}
d = (g async for g in h)
e = [[i * j for j in range(i)] for i in range(5)]

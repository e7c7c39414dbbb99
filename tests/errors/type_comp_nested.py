pairs = [(a, b) for a in range(3) for b in range(3)]
gen = sum(x for x in range(3))

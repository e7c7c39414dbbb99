r = range(10)

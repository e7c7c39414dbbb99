xs = [3, 1]
f = xs.sort

xs = [1, 2, 3]
if (n := len(xs)) > 2:
    print("long")
first, *rest = xs

a = 1e+
b = 1e_5

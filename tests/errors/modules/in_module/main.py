import bad

print(bad.f(1))

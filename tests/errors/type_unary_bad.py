s = "abc"
print(-s)
print(~1.5)

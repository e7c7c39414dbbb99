s = "hello"
print(s.upper(1))
print(s.capitalize())
print(s.split(1))

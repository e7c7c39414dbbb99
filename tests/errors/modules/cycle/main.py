import a

print(a.fa())

import checks

total = 0
for v in [3, 5, 4]:
    total += checks.validate(checks.Reading(v))
print("total", total)
print(checks.first([7, 8]))
print(checks.validate(checks.Reading(-2)))
print("never")

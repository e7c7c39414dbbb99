# Lists of tuples: building, iterating, selecting.
people: list[tuple[str, int]] = []
people.append(("ann", 31))
people.append(("bob", 17))
people.append(("cy", 45))
print(people)
adults = [p for p in people if p[1] >= 18]
print(adults)
oldest: tuple[str, int] = people[0]
for person in people:
    if person[1] > oldest[1]:
        oldest = person
print("oldest:", oldest[0])
total: int = 0
for _, age in people:
    total += age
print("mean age", total / len(people))

# Instances with str and list[str] fields; building text through methods.
class Person:
    def __init__(self, first: str, last: str) -> None:
        self.first: str = first
        self.last: str = last
        self.tags: list[str] = []

    def full(self) -> str:
        return self.first + " " + self.last

    def initials(self) -> str:
        return self.first[0] + "." + self.last[0] + "."

    def tag(self, t: str) -> None:
        if t not in self.tags:
            self.tags.append(t)


people: list[Person] = [Person("Ada", "Lovelace"), Person("Alan", "Turing")]
people[0].tag("math")
people[0].tag("math")
people[1].tag("cs")
people[1].tag("math")
for p in people:
    print(p.full(), p.initials(), p.tags)
print(sorted([p.last for p in people]))

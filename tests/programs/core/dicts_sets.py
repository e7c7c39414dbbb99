# adder: rejected (dict and set is not supported yet)
# dict and set basics; dicts keep insertion order.
ages: dict[str, int] = {"ann": 31, "bob": 27}
ages["cy"] = 45
ages["ann"] += 1
for k, v in ages.items():
    print(k, v)
print(len(ages), "bob" in ages, ages.get("dan", -1), list(ages.keys()))
del ages["bob"]
print(ages)
s: set[int] = {3, 1, 2}
s.add(2)
s.add(10)
print(sorted(s), len(s), 10 in s)
print(sorted({x % 3 for x in range(10)}), {k: k * k for k in range(4)})

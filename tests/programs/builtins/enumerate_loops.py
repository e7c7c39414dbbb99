# enumerate() over lists and strings.
for i, ch in enumerate("abc"):
    print(i, ch)
fruits: list[str] = ["apple", "banana", "cherry"]
for idx, f in enumerate(fruits):
    print(f"{idx + 1}. {f}")
last: int = -1
for i, v in enumerate([10.5, 20.5]):
    last = i
    print(i, v)
print(last)
print([i * x for i, x in enumerate([5, 5, 5, 5])])

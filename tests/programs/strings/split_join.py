# split() without arguments and with a separator; join().
line: str = "  the quick  brown\tfox \n jumps  "
words = line.split()
print(words, len(words))
print("-".join(words))
csv: str = "a,b,,c,"
print(csv.split(","))
print("1::2::3".split("::"))
print("".split(), "".split(","))
print("no separators".split("x"))
none: list[str] = []
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "|".join(none))
nums: list[int] = [int(p) for p in "10 20 30 40".split()]
print(nums, sum(nums))
print(" ".join([str(n * 2) for n in nums]))

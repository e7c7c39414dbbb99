# Parsing ints from text then integer statistics: total, mean with //, remainders.
DATA: str = "12 -7 40 3 -15 8 0 21"
nums: list[int] = [int(t) for t in DATA.split()]
total: int = sum(nums)
print(nums, total)
print(total // len(nums), total % len(nums), total / len(nums))
pos = [n for n in nums if n > 0]
neg = [n for n in nums if n < 0]
print(len(pos), len(neg), sum(pos), sum(neg))
print(max(nums) - min(nums), abs(min(nums)))
evens: int = 0
for n in nums:
    if n % 2 == 0:
        evens += 1
print("evens", evens, "odds", len(nums) - evens)
print([n // 4 for n in nums])
print([n % 4 for n in nums])

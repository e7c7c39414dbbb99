# insert() at various positions including past the ends, and index().
xs: list[str] = ["b", "d"]
xs.insert(0, "a")
xs.insert(2, "c")
xs.insert(100, "e")
xs.insert(-1, "d2")
xs.insert(-100, "start")
print(xs)
print(xs.index("a"), xs.index("e"), xs.index("start"))
nums: list[int] = [5, 3, 5, 7, 5]
print(nums.index(5), nums.index(7), nums.index(3))

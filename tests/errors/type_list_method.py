xs: list[int] = [1]
xs.append("two")
xs.push(3)
xs.extend([1.5])

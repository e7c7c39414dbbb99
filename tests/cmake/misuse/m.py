print("m")

print("a", sep="", sep=",")

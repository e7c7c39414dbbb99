ages = {"ann": 31}

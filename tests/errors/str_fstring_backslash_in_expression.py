x = f"{\"quoted\"}"

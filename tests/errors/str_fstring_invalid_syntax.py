x = f"{lambda y: y}"

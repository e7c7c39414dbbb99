e = ValueError("bad")

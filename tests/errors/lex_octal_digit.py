perm = 0o758
flags = 0b1012

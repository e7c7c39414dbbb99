mask = 0777

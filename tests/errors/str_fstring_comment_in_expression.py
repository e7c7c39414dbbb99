x = f'{1 # no}'

def f():
    return f"value: {}"

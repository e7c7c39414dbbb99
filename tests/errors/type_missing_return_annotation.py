def greet(name: str):
    print("hello", name)

def f() -> None:
    head = None
    print(head)

# AssertionError with a formatted message escapes.
balance: int = 100
for cost in [30, 50, 40]:
    assert balance - cost >= 0, f"insufficient funds for {cost}"
    balance -= cost
    print("paid", cost, "left", balance)

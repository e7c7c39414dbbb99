# Bank account with validation via ValueError-free branches and a history list.
class Account:
    def __init__(self, owner: str, balance: float) -> None:
        self.owner: str = owner
        self.balance: float = balance
        self.history: list[str] = []

    def deposit(self, amount: float) -> None:
        self.balance += amount
        self.history.append(f"+{amount:.2f}")

    def withdraw(self, amount: float) -> bool:
        if amount > self.balance:
            self.history.append(f"refused {amount:.2f}")
            return False
        self.balance -= amount
        self.history.append(f"-{amount:.2f}")
        return True


acct = Account("ann", 100.0)
acct.deposit(50.25)
print(acct.withdraw(30.0), acct.withdraw(500.0))
print(f"{acct.owner}: {acct.balance:.2f}")
print(acct.history)

# A list of class instances: iteration, filtering, aggregate over fields.
class Item:
    def __init__(self, name: str, price: float, qty: int) -> None:
        self.name: str = name
        self.price: float = price
        self.qty: int = qty

    def total(self) -> float:
        return self.price * self.qty


items: list[Item] = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Item("bag", 30.0, 1)]
items.append(Item("clip", 0.05, 100))
for it in items:
    print(f"{it.name:<5} {it.total():>7.2f}")
print(sum([it.qty for it in items]))
cheap = [it.name for it in items if it.price < 5.0]
print(cheap, len(items))
items[0].qty = 0
print(items[0].total())

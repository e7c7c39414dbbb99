# isinstance() with int, float, str and bool; bool is a subclass of int.
a: int = 3
b: float = 3.0
c: str = "3"
d: bool = True
print(isinstance(a, int), isinstance(a, float), isinstance(a, str), isinstance(a, bool))
print(isinstance(b, int), isinstance(b, float), isinstance(b, str))
print(isinstance(c, int), isinstance(c, str))
print(isinstance(d, bool), isinstance(d, int), isinstance(d, float))
print(isinstance(a + b, float), isinstance(a // 2, int), isinstance(a / 1, float))
print(isinstance(round(b), int), isinstance(str(a), str))

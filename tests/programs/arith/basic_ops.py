# Basic int arithmetic: + - * // % ** and unary minus.
a: int = 17
b: int = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** 2)
print(-a, +b, -(-a))
print(a / b)
print(b - a, b * -a)
print(0 * a, a * 1, a // 1, a % 1)
print(2 ** 0, 0 ** 0, 1 ** 100)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 10 // 3)

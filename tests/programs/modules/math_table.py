# A table of math functions printed with format specs.
import math

print(f"{'x':>5} {'sqrt':>10} {'exp':>12} {'log':>10}")
for x in [0.5, 1.0, 2.0, 10.0, 100.0]:
    print(f"{x:>5} {math.sqrt(x):>10.5f} {math.exp(x):>12.4e} {math.log(x):>10.5f}")
print(f"{math.floor(math.pi * 100)} {math.ceil(math.e * 100)}")

# Width and alignment: <, >, ^, fill characters, default alignment per type.
print(f"[{'hi':>8}] [{'hi':<8}] [{'hi':^8}] [{'hi':8}]")
print(f"[{42:>8}] [{42:<8}] [{42:^8}] [{42:8}]")
print(f"[{3.5:>8}] [{3.5:<8}] [{3.5:^8}] [{3.5:8}]")
print(f"[{'hi':*>8}] [{'hi':-<8}] [{'hi':.^9}] [{7:0>4}]")
print(f"[{'toolongvalue':>4}] [{12345:>3}]")
print(f"[{-42:>8}] [{-42:=8}] [{42:+}] [{-42:+}] [{42: }]")
print(f"[{True:>6}] [{True!s:>6}]")

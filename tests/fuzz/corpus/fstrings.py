name = "x"
print(f"{name!r:>10} {3.14:.2f} {{}} {x=} {f'{1}'} {'a' if 1 else 'b'}")
print(f"""multi
{name}
line""", rf"\d{name}", F"{name:{width}.{prec}}")

a or b and not c
x if cond else y
lambda: 0
lambda a, b=1, /, c=2, *args, d, e=3, **kw: a
(n := 10)
1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m
~x << 1 >> 2 | 3 ^ 4 & 5
-x, +y
a < b <= c == d != e > f >= g is h is not i in j not in k
f(1, *args, key=2, **kw)
obj.method().attr[1:2, ::3, ...]
seq[1:]
seq[:-1:2]
[1, 2, *more]
(1,)
()
{1, 2}
{}
{"k": v, **other}
[x for x in range(10) if x if x > 2]
{x for y in z for x in y}
{k: v for k, v in items}
(i for i in it)
await_me = None
0xFF + 0o17 + 0b1010 + 1_000_000 + 0x_dead_beef_dead_beef_dead_beef
3.14 + 1e10 + 1e16 + 1.5e-7 + 0.1 + 10.0 + 1_0.0_1
1j + 2.5j + 0j + 1e100j + 1e400
True, False, None, ...
x = yield

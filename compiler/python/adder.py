"""adder: Adder's own module, simulated in pure Python for CPython.

Compiled by Adder, these names are built in (fixed-width C integers, C
float, C functions, memory-mapped registers); run by CPython, this module
gives the same results, so a firmware program can be tested on the host.

Fixed-width integers u8 i8 u16 i16 u32 i32 u64 i64 wrap (two's
complement) on every operation, exactly like the compiled code.

Mixing rules (the compiler enforces them; CPython accepts more):
  * fixed op fixed of the SAME type gives that type;
  * fixed op int LITERAL (or a constant int expression) gives the fixed
    type; the literal must lie in the type's range (for u8: 0..255);
  * fixed op a non-literal int, or two different fixed types, is a
    compile error: convert explicitly, e.g. u8(x). Under CPython an int
    operand is accepted (converted with wrapping); two different fixed
    types raise TypeError.
  * comparisons: between values of the same fixed type, or with an int
    literal in range; the result is bool.
  * u8(x) converts from int, bool, any fixed type (wrapping) and from float
    (int(x), truncating toward zero, then wrapping; inf/nan raise like
    int()).
  * `//` and `%` follow Python's floor semantics, then wrap
    (i8(-7) // i8(2) == -4); a zero divisor raises ZeroDivisionError.
    `/` gives a float. Shifts wrap; a negative count raises ValueError
    ("negative shift count"). `**` with a non-negative exponent wraps; a
    negative exponent raises ValueError ("negative exponent").
  * print()/str()/repr() show the int value: print(u8(300)) prints 44.
f32 is an IEEE single: every result is rounded through struct.pack('<f').
f32 op f32 and f32 op float (the float is rounded to f32 first) give f32
for + - * /; comparisons, float(x), f32(x), abs(x), unary -. It prints
like float(x) of the single value.

@extern declares a C function of the firmware by its Python signature:
the compiled program calls the C function of the same name (or
@extern("c_name")); under CPython the decorated Python body runs.

Reg32/Reg16/Reg8(addr) are memory-mapped registers: read(), write(v),
set_bits(mask), clear_bits(mask). Compiled, each read/write is one
volatile access; here they act on the dictionary `memory` (address ->
value; unwritten addresses read 0).
"""
import struct

__all__ = ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "f32",
           "extern", "Reg32", "Reg16", "Reg8", "memory"]


def _to_int(x):
    if isinstance(x, _Fixed):
        return x._v
    if isinstance(x, (bool, int)):
        return int(x)
    if isinstance(x, (float, f32)):
        return int(float(x))
    raise TypeError(f"cannot convert {type(x).__name__} to a fixed-width integer")


class _Scalar:
    """What fixed ints and f32 share: comparison, hashing and printing
    of the plain Python value _v; _other(o) gives o's value or
    NotImplemented."""
    __slots__ = ()

    def _cmp(self, o, fn):
        b = self._other(o)
        return NotImplemented if b is NotImplemented else fn(self._v, b)

    def __eq__(self, o): return self._cmp(o, lambda a, b: a == b)
    def __ne__(self, o): return self._cmp(o, lambda a, b: a != b)
    def __lt__(self, o): return self._cmp(o, lambda a, b: a < b)
    def __le__(self, o): return self._cmp(o, lambda a, b: a <= b)
    def __gt__(self, o): return self._cmp(o, lambda a, b: a > b)
    def __ge__(self, o): return self._cmp(o, lambda a, b: a >= b)
    def __hash__(self): return hash(self._v)

    def __str__(self): return str(self._v)
    def __repr__(self): return repr(self._v)
    def __format__(self, spec): return format(self._v, spec)


class _Fixed(_Scalar):
    """Base of the fixed-width integer types; BITS and SIGNED per subclass."""
    __slots__ = ("_v",)
    BITS = 0
    SIGNED = False

    def __init__(self, x=0):
        self._v = self._wrap(_to_int(x))

    @classmethod
    def _wrap(cls, v):
        v &= (1 << cls.BITS) - 1
        if cls.SIGNED and v >> (cls.BITS - 1):
            v -= 1 << cls.BITS
        return v

    def _other(self, o):
        if isinstance(o, _Fixed):
            if type(o) is not type(self):
                raise TypeError(f"mixing {type(self).__name__} and {type(o).__name__}: "
                                f"convert explicitly, e.g. {type(self).__name__}(x)")
            return o._v
        if isinstance(o, (bool, int)):
            return int(o)
        return NotImplemented

    def _make(self, v):
        return type(self)(v)

    def _binop(self, o, fn, reflected=False):
        b = self._other(o)
        if b is NotImplemented:
            return NotImplemented
        a = self._v
        if reflected:
            a, b = b, a
        return self._make(fn(a, b))

    # arithmetic
    def __add__(self, o): return self._binop(o, lambda a, b: a + b)
    def __radd__(self, o): return self._binop(o, lambda a, b: a + b, True)
    def __sub__(self, o): return self._binop(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._binop(o, lambda a, b: a - b, True)
    def __mul__(self, o): return self._binop(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._binop(o, lambda a, b: a * b, True)
    def __floordiv__(self, o): return self._binop(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._binop(o, lambda a, b: a // b, True)
    def __mod__(self, o): return self._binop(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._binop(o, lambda a, b: a % b, True)
    def __and__(self, o): return self._binop(o, lambda a, b: a & b)
    def __rand__(self, o): return self._binop(o, lambda a, b: a & b, True)
    def __or__(self, o): return self._binop(o, lambda a, b: a | b)
    def __ror__(self, o): return self._binop(o, lambda a, b: a | b, True)
    def __xor__(self, o): return self._binop(o, lambda a, b: a ^ b)
    def __rxor__(self, o): return self._binop(o, lambda a, b: a ^ b, True)
    def __lshift__(self, o): return self._binop(o, _shl)
    def __rlshift__(self, o): return self._binop(o, _shl, True)
    def __rshift__(self, o): return self._binop(o, _shr)
    def __rrshift__(self, o): return self._binop(o, _shr, True)
    def __pow__(self, o): return self._binop(o, self._pow)
    def __rpow__(self, o): return self._binop(o, self._pow, True)

    def _pow(self, a, b):
        if b < 0:
            raise ValueError("negative exponent")
        return pow(a, b, 1 << self.BITS)

    def __truediv__(self, o):
        b = self._other(o)
        return NotImplemented if b is NotImplemented else self._v / b

    def __rtruediv__(self, o):
        b = self._other(o)
        return NotImplemented if b is NotImplemented else b / self._v

    def __neg__(self): return self._make(-self._v)
    def __pos__(self): return self
    def __invert__(self): return self._make(~self._v)
    def __abs__(self): return self._make(abs(self._v))


    # conversions and printing
    def __int__(self): return self._v
    def __index__(self): return self._v
    def __float__(self): return float(self._v)
    def __bool__(self): return self._v != 0


def _shl(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return a << b if b < 128 else 0


def _shr(a, b):
    if b < 0:
        raise ValueError("negative shift count")
    return a >> b


def _fixed(name, bits, signed):
    return type(name, (_Fixed,), {"__slots__": (), "BITS": bits, "SIGNED": signed,
                                  "__doc__": f"{bits}-bit {'signed' if signed else 'unsigned'} "
                                             "integer with wrapping arithmetic."})


u8 = _fixed("u8", 8, False)
i8 = _fixed("i8", 8, True)
u16 = _fixed("u16", 16, False)
i16 = _fixed("i16", 16, True)
u32 = _fixed("u32", 32, False)
i32 = _fixed("i32", 32, True)
u64 = _fixed("u64", 64, False)
i64 = _fixed("i64", 64, True)


def _round32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


class f32(_Scalar):
    """IEEE single-precision float: every result is rounded to single."""
    __slots__ = ("_v",)

    def __init__(self, x=0.0):
        if isinstance(x, _Fixed):
            x = x._v
        self._v = _round32(float(x))

    @staticmethod
    def _other(o):
        if isinstance(o, f32):
            return o._v
        if isinstance(o, (bool, int, float)):
            return _round32(float(o))
        return NotImplemented

    def _binop(self, o, fn, reflected=False):
        b = self._other(o)
        if b is NotImplemented:
            return NotImplemented
        a = self._v
        if reflected:
            a, b = b, a
        return f32(fn(a, b))

    def __add__(self, o): return self._binop(o, lambda a, b: a + b)
    def __radd__(self, o): return self._binop(o, lambda a, b: a + b, True)
    def __sub__(self, o): return self._binop(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._binop(o, lambda a, b: a - b, True)
    def __mul__(self, o): return self._binop(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._binop(o, lambda a, b: a * b, True)
    def __truediv__(self, o): return self._binop(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._binop(o, lambda a, b: a / b, True)
    def __neg__(self): return f32(-self._v)
    def __pos__(self): return self
    def __abs__(self): return f32(abs(self._v))

    def __float__(self): return self._v
    def __int__(self): return int(self._v)
    def __bool__(self): return self._v != 0.0


def extern(arg):
    """@extern or @extern("c_name"): the function is a C function of the
    firmware; under CPython its Python body simulates it."""
    if callable(arg):
        return arg
    return lambda fn: fn


memory = {}  # simulated MMIO: address -> value


class _Reg:
    __slots__ = ("addr",)
    TYPE = u32

    def __init__(self, addr):
        self.addr = int(addr)

    def read(self):
        return self.TYPE(memory.get(self.addr, 0))

    def write(self, v):
        memory[self.addr] = int(self.TYPE(v))

    def set_bits(self, mask):
        self.write(int(self.read()) | int(self.TYPE(mask)))

    def clear_bits(self, mask):
        self.write(int(self.read()) & ~int(self.TYPE(mask)))


class Reg32(_Reg):
    """A 32-bit memory-mapped register."""
    __slots__ = ()
    TYPE = u32


class Reg16(_Reg):
    """A 16-bit memory-mapped register."""
    __slots__ = ()
    TYPE = u16


class Reg8(_Reg):
    """An 8-bit memory-mapped register."""
    __slots__ = ()
    TYPE = u8

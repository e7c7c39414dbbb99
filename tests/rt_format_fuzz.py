#!/usr/bin/env python3
"""Compares the runtime's number formatting with CPython, on random cases.

Builds a small C driver against runtime/format_*.c (or links --lib, the
built libadder-rt.a), feeds it N random cases and checks every output
against repr()/format()/hex()/oct()/bin() of this interpreter, which must
be CPython 3.11. Cases cover: repr of random bit patterns and of "nice"
decimals, format() of floats, ints and strs with random specs (valid and
invalid: error messages are compared too), and int str/hex/oct/bin.

  rt_format_fuzz.py [-n N] [--seed S] [--lib libadder-rt.a] [--cc gcc]
Exit status 0 when everything matched; the first mismatches are printed.
"""
import argparse
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DRIVER = r"""
#include "adder/format.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t unhex(const char *h, char *out) {
    size_t n = 0;
    if (h[0] == '-')
        return 0;
    for (; h[0] && h[1] && h[0] != ' ' && h[0] != '\n'; h += 2) {
        unsigned v;
        sscanf(h, "%2x", &v);
        out[n++] = (char)v;
    }
    return n;
}

static char big[1 << 20];

static void report(int64_t n, const adder_format_spec_t *spec, const char *st, size_t sl,
                   const char *type, int perr) {
    int code = perr ? perr : (int)n;
    if (perr || n < 0) {
        char msg[ADDER_FORMAT_ERROR_MAX];
        adder_format_error_text(msg, sizeof msg, code, spec, st, sl, type);
        printf("ERR %s\n", msg);
        return;
    }
    /* Check the snprintf contract: a short buffer gets a prefix. */
    fwrite(big, 1, (size_t)n, stdout);
    putchar('\n');
}

int main(void) {
    static char line[1 << 16], spec_text[4096], str[4096];
    while (fgets(line, sizeof line, stdin)) {
        char kind = line[0];
        char *p = line + 2;
        if (kind == 'r') {
            unsigned long long bits = strtoull(p, NULL, 16);
            double v;
            memcpy(&v, &bits, sizeof v);
            char buf[ADDER_FLOAT_REPR_MAX];
            size_t n = adder_float_repr(buf, v);
            printf("%.*s\n", (int)n, buf);
        } else if (kind == 'h' || kind == 'd' || kind == 'o' || kind == 'b') {
            long long v = strtoll(p, NULL, 10);
            char buf[ADDER_INT_BIN_MAX];
            size_t n = kind == 'h' ? adder_format_int_hex(buf, v)
                     : kind == 'o' ? adder_format_int_oct(buf, v)
                     : kind == 'b' ? adder_format_int_bin(buf, v) : adder_format_int(buf, v);
            printf("%.*s\n", (int)n, buf);
        } else {
            /* F|I|S <value> <hex spec> */
            char *sp = strchr(p, ' ') + 1;
            size_t sl = unhex(sp, spec_text);
            adder_format_spec_t spec;
            int perr = adder_format_spec_parse(spec_text, sl, &spec);
            int64_t n = 0;
            const char *type = kind == 'F' ? "float" : kind == 'I' ? "int" : "str";
            if (!perr) {
                size_t cap = (size_t)(rand() % 4 == 0 ? rand() % 8 : (int)sizeof big);
                if (kind == 'F') {
                    unsigned long long bits = strtoull(p, NULL, 16);
                    double v;
                    memcpy(&v, &bits, sizeof v);
                    n = adder_format_float_spec(big, cap, v, &spec);
                    if (n > (int64_t)cap && n <= (int64_t)sizeof big)
                        n = adder_format_float_spec(big, sizeof big, v, &spec);
                } else if (kind == 'I') {
                    long long v = strtoll(p, NULL, 10);
                    n = adder_format_int_spec(big, cap, v, &spec);
                    if (n > (int64_t)cap && n <= (int64_t)sizeof big)
                        n = adder_format_int_spec(big, sizeof big, v, &spec);
                } else {
                    size_t len = unhex(p, str);
                    n = adder_format_str_spec(big, cap, str, len, &spec);
                    if (n > (int64_t)cap && n <= (int64_t)sizeof big)
                        n = adder_format_str_spec(big, sizeof big, str, len, &spec);
                }
            }
            report(n, &spec, spec_text, sl, type, perr);
        }
        fflush(stdout);
    }
    return 0;
}
"""


def build_driver(tmp, lib, cc, sanitize):
    src = os.path.join(tmp, "driver.c")
    exe = os.path.join(tmp, "driver")
    with open(src, "w") as f:
        f.write(DRIVER)
    if lib:
        sources = [lib]
    else:
        rt = os.path.join(ROOT, "runtime")
        sources = [os.path.join(rt, n) for n in sorted(os.listdir(rt))
                   if n.startswith("format_") and n.endswith(".c")]
    flags = ["-std=c99", "-O1", "-g", "-I" + os.path.join(ROOT, "include")]
    if sanitize:
        flags += ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
    subprocess.run([cc] + flags + ["-o", exe, src] + sources, check=True)
    return exe


def rand_double(rng):
    r = rng.random()
    if r < 0.45:
        bits = rng.getrandbits(64)
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    if r < 0.55:  # subnormals and tiny values
        bits = rng.getrandbits(52) | (rng.choice([0, 1]) << 63)
        if rng.random() < 0.3:
            bits = rng.randrange(1, 4) | (bits & (1 << 63))
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    if r < 0.65:  # powers of two (asymmetric rounding intervals)
        return rng.choice([1, -1]) * math.ldexp(1.0, rng.randrange(-1074, 1024))
    if r < 0.85:  # short decimals, which exercise shortest output and ties
        digits = rng.randrange(1, 10 ** rng.randrange(1, 18))
        return float("%de%d" % (digits, rng.randrange(-30, 30)))
    if r < 0.90:  # neighbours of powers of ten (digit-count boundaries)
        v = 10.0 ** rng.randrange(-323, 309)
        for _ in range(rng.randrange(0, 3)):
            v = math.nextafter(v, rng.choice([0.0, math.inf]))
        return v
    if r < 0.95:  # halfway cases for fixed precision: k / 2^n
        return rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randrange(0, 12)
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 0.1, 1 / 3, 2 / 3, 1e16, 1e-5,
                       1e22, 2.0 ** 63, 5e-324, 1.7976931348623157e308, 2.675, 0.125, 2.5, 0.5,
                       123456789012345.0, 9.5, 99.5, 0.05])


def rand_int(rng):
    r = rng.random()
    if r < 0.3:
        return rng.randrange(-1000, 1000)
    if r < 0.9:
        return rng.randrange(-2 ** 63, 2 ** 63) >> rng.randrange(0, 63)
    return rng.choice([0, -1, 2 ** 63 - 1, -2 ** 63, 255, -255, 1234567])


FILLS = ["", "", "", "*", "0", " ", "é", "€", "x", "<", "="]


def rand_spec(rng, types, precision=0.5):
    s = ""
    if rng.random() < 0.3:
        s += rng.choice(FILLS) + rng.choice("<>^=")
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.choice([rng.randrange(0, 12), rng.randrange(0, 40), rng.randrange(0, 400)]))
    if rng.random() < 0.25:
        s += rng.choice([",", "_", ",", "_", ",_", "_,", ",,"])
    if rng.random() < precision:
        s += "." + str(rng.choice([rng.randrange(0, 20), rng.randrange(0, 60), rng.randrange(0, 800)]))
    if rng.random() < 0.8:
        s += rng.choice(types)
    if rng.random() < 0.02:  # garbage
        s += rng.choice(["x", "ab", ".", "é", "\x01", "z"])
    return s


def run_cases(exe, cases):
    text = "".join(c[0] + "\n" for c in cases)
    out = subprocess.run([exe], input=text.encode(), stdout=subprocess.PIPE, check=True).stdout
    return out.decode("utf-8", "surrogateescape").split("\n")[:-1]


def expect(fn):
    try:
        return fn()
    except ValueError as e:
        return "ERR " + str(e)


def make_cases(rng, n):
    cases = []
    for _ in range(n):
        r = rng.random()
        if r < 0.35:
            v = rand_double(rng)
            bits = struct.unpack("<Q", struct.pack("<d", v))[0]
            cases.append(("r %x" % bits, repr(v)))
        elif r < 0.75:
            v = rand_double(rng)
            bits = struct.unpack("<Q", struct.pack("<d", v))[0]
            spec = rand_spec(rng, "eEfFgG%" * 3 + "dxs")
            cases.append(("F %x %s" % (bits, spec.encode().hex()), expect(lambda: format(v, spec))))
        elif r < 0.9:
            v = rand_int(rng)
            spec = rand_spec(rng, "dbxXo" * 3 + "efg%s", precision=0.1)
            cases.append(("I %d %s" % (v, spec.encode().hex()), expect(lambda: format(v, spec))))
        elif r < 0.95:
            v = "".join(rng.choice(["a", "b", "é", "€", " ", "𝄞"]) for _ in range(rng.randrange(0, 8)))
            spec = rand_spec(rng, "s" * 4 + "d", precision=0.3)
            cases.append(("S %s %s" % (v.encode().hex() or "-", spec.encode().hex()),
                          expect(lambda: format(v, spec))))
        else:
            v = rand_int(rng)
            k = rng.choice("dhob")
            fn = {"d": str, "h": hex, "o": oct, "b": bin}[k]
            cases.append(("%s %d" % (k, v), fn(v)))
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--lib", help="link this libadder-rt.a instead of compiling the sources")
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--sanitize", type=int, default=0, help="1: build the driver with ASan/UBSan")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        exe = build_driver(tmp, args.lib, args.cc, args.sanitize)
        cases = make_cases(rng, args.n)
        got = run_cases(exe, cases)
    bad = [(c, g) for c, g in zip(cases, got) if c[1] != g]
    if len(got) != len(cases):
        print("driver produced %d lines for %d cases" % (len(got), len(cases)))
        return 1
    for (inp, want), g in bad[:20]:
        print("MISMATCH %s\n  want %r\n  got  %r" % (inp, want, g))
    print("rt.format-vs-cpython: %d cases, %d mismatches (seed %d)" % (len(cases), len(bad), seed))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

/* runtime/fixed.c: the `adder` module's fixed-width integer operations
 * that need checks or Python's rounding (adder/fixed.h). Only // % << >>
 * ** and conversions from float come here; + - * and bitwise ops are
 * inline in the generated code. */
#include "adder/fixed.h"

#include <math.h>
#include <string.h>

#include "adder/arith.h"
#include "adder/exc.h"
#include "adder/str.h"

enum { U64_DEC_MAX = 21 };

static uint64_t pow_wrap(uint64_t a, uint64_t e) {
    uint64_t r = 1;
    while (e) {
        if (e & 1)
            r *= a;
        a *= a;
        e >>= 1;
    }
    return r;
}

static int signed_op(int op, unsigned bits, int64_t a, int64_t b, uint64_t *out) {
    switch (op) {
    case ADDER_FIX_FLOORDIV:
    case ADDER_FIX_MOD: {
        if (b == 0)
            return adder_raise_zero_division(op == ADDER_FIX_MOD ? "integer modulo by zero"
                                                                  : "integer division or modulo by zero");
        if (b == -1) { /* INT64_MIN / -1 overflows in C: the wrapped result */
            *out = op == ADDER_FIX_MOD ? 0 : 0u - (uint64_t)a;
            return 0;
        }
        int64_t q = a / b, r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            q -= 1;
            r += b;
        }
        *out = (uint64_t)(op == ADDER_FIX_MOD ? r : q);
        return 0;
    }
    case ADDER_FIX_LSHIFT:
    case ADDER_FIX_RSHIFT:
    case ADDER_FIX_POW:
        if (b < 0)
            return adder_raise_text(ADDER_EXC(ValueError),
                                    op == ADDER_FIX_POW ? "negative exponent" : "negative shift count");
        if (op == ADDER_FIX_POW)
            *out = pow_wrap((uint64_t)a, (uint64_t)b);
        else if (op == ADDER_FIX_LSHIFT)
            *out = b >= (int64_t)bits ? 0 : (uint64_t)a << b;
        else
            *out = b >= 63 ? (a < 0 ? UINT64_MAX : 0) : (uint64_t)(a < 0 ? ~(~(uint64_t)a >> b) : (uint64_t)a >> b);
        return 0;
    default: *out = 0; return 0;
    }
}

int adder_fix_bin(int op, unsigned bits, int is_signed, uint64_t a, uint64_t b, uint64_t *out) {
    if (is_signed)
        return signed_op(op, bits, (int64_t)a, (int64_t)b, out);
    switch (op) {
    case ADDER_FIX_FLOORDIV:
    case ADDER_FIX_MOD:
        if (b == 0)
            return adder_raise_zero_division(op == ADDER_FIX_MOD ? "integer modulo by zero"
                                                                  : "integer division or modulo by zero");
        *out = op == ADDER_FIX_MOD ? a % b : a / b;
        return 0;
    case ADDER_FIX_LSHIFT: *out = b >= bits ? 0 : a << b; return 0;
    case ADDER_FIX_RSHIFT: *out = b >= 64 ? 0 : a >> b; return 0;
    case ADDER_FIX_POW: *out = pow_wrap(a, b); return 0;
    default: *out = 0; return 0;
    }
}

int adder_fix_from_f64(double v, uint64_t *out) {
    if (isnan(v))
        return adder_raise_text(ADDER_EXC(ValueError), "cannot convert float NaN to integer");
    if (isinf(v))
        return adder_raise_text(ADDER_EXC(OverflowError), "cannot convert float infinity to integer");
    double t = trunc(v);
    if (t > -9223372036854775808.0 && t < 9223372036854775808.0) {
        *out = (uint64_t)(int64_t)t;
        return 0;
    }
    double m = fmod(t, 18446744073709551616.0); /* exact: t is an integer */
    if (m < 0)
        m += 18446744073709551616.0;
    *out = m >= 18446744073709551616.0 ? 0 : (uint64_t)m;
    return 0;
}

int adder_fix_u64_to_i64(uint64_t v, int64_t *out) {
    if (v > (uint64_t)INT64_MAX)
        return adder_raise_int_overflow();
    *out = (int64_t)v;
    return 0;
}

adder_str_t *adder_str_from_u64(uint64_t v) {
    char buf[U64_DEC_MAX];
    size_t n = 0;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return adder_str_from_utf8(buf + sizeof buf - n, n);
}

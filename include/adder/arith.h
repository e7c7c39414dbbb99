/* adder/arith.h: Python arithmetic on unboxed int64_t and double, for
 * generated code.
 *
 * Every checked operation returns 0 and stores its result in *out, or
 * raises the exception CPython would raise (ZeroDivisionError, ValueError)
 * or OverflowError when the exact int result does not fit in 64 bits
 * (Adder's documented divergence: CPython would make a big integer) and
 * returns -1. Integer // and % round towards minus infinity as in Python;
 * float // and % follow CPython's float_divmod (fmod with a sign fix, so
 * -0.0 and inf cases match).
 *
 * ADDER_HAVE_OVERFLOW_BUILTINS is 1 when the compiler has
 * __builtin_{add,sub,mul}_overflow (gcc >= 5, clang); otherwise portable
 * C99 range checks are used. Generated code stays portable either way. */
#ifndef ADDER_ARITH_H
#define ADDER_ARITH_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "adder/config.h"
#include "adder/exc.h"

#if defined(__GNUC__) || defined(__clang__)
#define ADDER_UNLIKELY(x) (__builtin_expect(!!(x), 0))
#define ADDER_LIKELY(x) (__builtin_expect(!!(x), 1))
#else
#define ADDER_UNLIKELY(x) (x)
#define ADDER_LIKELY(x) (x)
#endif

#ifndef ADDER_HAVE_OVERFLOW_BUILTINS
#if defined(__clang__)
#define ADDER_HAVE_OVERFLOW_BUILTINS (1)
#elif defined(__GNUC__) && __GNUC__ >= 5
#define ADDER_HAVE_OVERFLOW_BUILTINS (1)
#else
#define ADDER_HAVE_OVERFLOW_BUILTINS (0)
#endif
#endif

/* Out of line (runtime/builtins.c), so the messages live once. */
int adder_raise_int_overflow(void);
int adder_raise_zero_division(const char *text);
/* float ** float as CPython's float_pow (errors included). */
int adder_f64_pow(double a, double b, double *out);
/* int(x) of a float: truncation; NaN/inf and out-of-range raise. */
int adder_f64_to_i64(double v, int64_t *out);

static inline int adder_i64_add(int64_t a, int64_t b, int64_t *out) {
#if ADDER_HAVE_OVERFLOW_BUILTINS
    if (ADDER_UNLIKELY(__builtin_add_overflow(a, b, out)))
        return adder_raise_int_overflow();
#else
    if (ADDER_UNLIKELY((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)))
        return adder_raise_int_overflow();
    *out = a + b;
#endif
    return 0;
}

static inline int adder_i64_sub(int64_t a, int64_t b, int64_t *out) {
#if ADDER_HAVE_OVERFLOW_BUILTINS
    if (ADDER_UNLIKELY(__builtin_sub_overflow(a, b, out)))
        return adder_raise_int_overflow();
#else
    if (ADDER_UNLIKELY((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)))
        return adder_raise_int_overflow();
    *out = a - b;
#endif
    return 0;
}

static inline int adder_i64_mul(int64_t a, int64_t b, int64_t *out) {
#if ADDER_HAVE_OVERFLOW_BUILTINS
    if (ADDER_UNLIKELY(__builtin_mul_overflow(a, b, out)))
        return adder_raise_int_overflow();
#else
    if (a != 0 && b != 0) {
        bool bad;
        if (a > 0)
            bad = b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a;
        else
            bad = b > 0 ? a < INT64_MIN / b : (a != 0 && b < INT64_MAX / a);
        if (ADDER_UNLIKELY(bad))
            return adder_raise_int_overflow();
    }
    *out = a * b;
#endif
    return 0;
}

static inline int adder_i64_neg(int64_t a, int64_t *out) {
    if (ADDER_UNLIKELY(a == INT64_MIN))
        return adder_raise_int_overflow();
    *out = -a;
    return 0;
}

/* a // b, rounding towards minus infinity. */
static inline int adder_i64_floordiv(int64_t a, int64_t b, int64_t *out) {
    if (ADDER_UNLIKELY(b == 0))
        return adder_raise_zero_division("integer division or modulo by zero");
    if (ADDER_UNLIKELY(a == INT64_MIN && b == -1))
        return adder_raise_int_overflow();
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    *out = q;
    return 0;
}

/* a % b with the sign of b. */
static inline int adder_i64_mod(int64_t a, int64_t b, int64_t *out) {
    if (ADDER_UNLIKELY(b == 0))
        return adder_raise_zero_division("integer modulo by zero");
    if (b == -1) {
        *out = 0;
        return 0;
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    *out = r;
    return 0;
}

/* a ** b for b >= 0 by repeated squaring (a negative b gives a float in
 * Python; the checker types that case, so here it is a ValueError). */
static inline int adder_i64_pow(int64_t a, int64_t b, int64_t *out) {
    int64_t result = 1;
    if (ADDER_UNLIKELY(b < 0))
        return adder_raise_text(ADDER_EXC(ValueError),
                                ADDER_ERROR_TEXT("negative int exponent is not supported"));
    while (b > 0) {
        if (b & 1) {
            if (adder_i64_mul(result, a, &result) < 0)
                return -1;
        }
        b >>= 1;
        if (b > 0 && adder_i64_mul(a, a, &a) < 0)
            return -1;
    }
    *out = result;
    return 0;
}

static inline int adder_i64_shl(int64_t a, int64_t b, int64_t *out) {
    if (ADDER_UNLIKELY(b < 0))
        return adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("negative shift count"));
    if (a == 0) {
        *out = 0;
        return 0;
    }
    if (ADDER_UNLIKELY(b >= 63))
        return adder_raise_int_overflow();
    int64_t r = (int64_t)((uint64_t)a << b);
    if (ADDER_UNLIKELY((r >> b) != a))
        return adder_raise_int_overflow();
    *out = r;
    return 0;
}

static inline int adder_i64_shr(int64_t a, int64_t b, int64_t *out) {
    if (ADDER_UNLIKELY(b < 0))
        return adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("negative shift count"));
    if (b >= 63) {
        *out = a < 0 ? -1 : 0;
        return 0;
    }
    /* Arithmetic shift written portably (>> of a negative value is
     * implementation-defined in C99). */
    *out = a >= 0 ? a >> b : -1 - ((-1 - a) >> b);
    return 0;
}

static inline int adder_i64_truediv(int64_t a, int64_t b, double *out) {
    if (ADDER_UNLIKELY(b == 0))
        return adder_raise_zero_division("division by zero");
    *out = (double)a / (double)b;
    return 0;
}

static inline int adder_f64_div(double a, double b, double *out) {
    if (ADDER_UNLIKELY(b == 0.0))
        return adder_raise_zero_division("float division by zero");
    *out = a / b;
    return 0;
}

/* CPython's float_divmod: mod = fmod(a, b) with the sign of b, and
 * div = (a - mod) / b rounded to the nearest integral value. */
static inline void adder_f64_divmod_raw(double a, double b, double *div, double *mod) {
    double m = fmod(a, b);
    double d = (a - m) / b;
    if (m != 0.0) {
        if ((b < 0.0) != (m < 0.0)) {
            m += b;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    if (d != 0.0) {
        double fd = floor(d);
        if (d - fd > 0.5)
            fd += 1.0;
        d = fd;
    } else {
        d = copysign(0.0, a / b);
    }
    *div = d;
    *mod = m;
}

static inline int adder_f64_floordiv(double a, double b, double *out) {
    double m;
    if (ADDER_UNLIKELY(b == 0.0))
        return adder_raise_zero_division("float floor division by zero");
    adder_f64_divmod_raw(a, b, out, &m);
    return 0;
}

static inline int adder_f64_mod(double a, double b, double *out) {
    if (ADDER_UNLIKELY(b == 0.0))
        return adder_raise_zero_division("float modulo");
    double m = fmod(a, b);
    if (m != 0.0) {
        if ((b < 0.0) != (m < 0.0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    *out = m;
    return 0;
}

/* Bounds check of a sequence index: normalizes a negative *i; 0 if in
 * range, else IndexError with text and -1. */
static inline int adder_index_check(int64_t len, int64_t *i, const char *text) {
    if (*i < 0)
        *i += len;
    if (ADDER_UNLIKELY(*i < 0 || *i >= len))
        return adder_raise_text(ADDER_EXC(IndexError), text);
    return 0;
}

#endif

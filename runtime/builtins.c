/* runtime/builtins.c: Python builtins for generated code that are not
 * methods of one object type: int()/float() parsing with CPython's rules,
 * round, math wrappers with CPython's error cases, float ** float, hex/
 * oct/bin/chr/ord and format(v, spec) for f-strings (sys.argv is in
 * sys_argv.c).
 *
 * Numbers are printed by format.h. float() parsing validates CPython's
 * syntax here and converts with the C library's strtod (correctly rounded
 * on glibc and newlib); a port without it must supply one. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "adder/builtins.h"


int adder_raise_int_overflow(void) {
    return adder_raise_text(ADDER_EXC(OverflowError),
                            ADDER_ERROR_TEXT("integer overflow: the result does not fit in 64 bits"));
}

int adder_raise_zero_division(const char *text) {
    return adder_raise_text(ADDER_EXC(ZeroDivisionError), text);
}

static int raise_with_repr(const adder_exc_type_t *t, const char *prefix, const adder_str_t *s) {
    adder_strbuf_t b;
    adder_strbuf_init(&b);
    adder_strbuf_append_utf8(&b, prefix, strlen(prefix));
    adder_str_t *r = adder_str_repr(s);
    if (!r) {
        adder_strbuf_discard(&b);
        return -1;
    }
    adder_strbuf_append_str(&b, r);
    adder_decref(r);
    adder_str_t *msg = adder_strbuf_finish(&b);
    if (!msg)
        return -1;
    adder_raise(t, msg);
    adder_decref(msg);
    return -1;
}

/* ---- float ---- */

int adder_f64_pow(double a, double b, double *out) {
    if (b == 0.0) {
        *out = 1.0;
        return 0;
    }
    if (isnan(a)) {
        *out = a;
        return 0;
    }
    if (a == 0.0 && b < 0.0 && !isinf(b))
        return adder_raise_zero_division("0.0 cannot be raised to a negative power");
    if (a < 0.0 && !isinf(a) && !isinf(b) && floor(b) != b)
        return adder_raise_text(ADDER_EXC(ValueError),
                                ADDER_ERROR_TEXT("negative number cannot be raised to a fractional "
                                                 "power (the result is complex)"));
    errno = 0;
    double r = pow(a, b);
    if (isinf(r) && !isinf(a) && !isinf(b))
        return adder_raise_text(ADDER_EXC(OverflowError),
                                ADDER_ERROR_TEXT("(34, 'Numerical result out of range')"));
    *out = r;
    return 0;
}

int adder_f64_to_i64(double v, int64_t *out) {
    if (isnan(v))
        return adder_raise_text(ADDER_EXC(ValueError),
                                ADDER_ERROR_TEXT("cannot convert float NaN to integer"));
    if (isinf(v))
        return adder_raise_text(ADDER_EXC(OverflowError),
                                ADDER_ERROR_TEXT("cannot convert float infinity to integer"));
    double t = trunc(v);
    if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
        return adder_raise_int_overflow();
    *out = (int64_t)t;
    return 0;
}

int64_t adder_float_round_int(double v) {
    int64_t r = 0;
    double x = nearbyint(v); /* the default rounding mode is half to even */
    adder_f64_to_i64(x, &r);
    return r;
}

double adder_float_round(double v, int64_t nd) {
    if (!isfinite(v) || v == 0.0)
        return v;
    if (nd > 323)
        return v;
    if (nd < -308)
        return copysign(0.0, v);
    if (nd >= 0) {
        /* CPython rounds through the correctly rounded decimal string. */
        char buf[400];
        adder_format_spec_t spec;
        char sp[24];
        size_t n = adder_format_int(sp + 1, nd);
        sp[0] = '.';
        sp[n + 1] = 'f';
        if (adder_format_spec_parse(sp, n + 2, &spec) < 0)
            return v;
        int64_t len = adder_format_float_spec(buf, sizeof buf - 1, v, &spec);
        if (len < 0 || len >= (int64_t)sizeof buf)
            return v;
        buf[len] = 0;
        return strtod(buf, NULL);
    }
    double p = pow(10.0, (double)-nd);
    double y = v / p;
    double z = nearbyint(y);
    return z * p;
}

static int64_t to_int_checked(double v) {
    int64_t r = 0;
    adder_f64_to_i64(v, &r);
    return r;
}

int64_t adder_float_floor(double v) {
    return to_int_checked(floor(v));
}

int64_t adder_float_ceil(double v) {
    return to_int_checked(ceil(v));
}

static double domain_error(void) {
    adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("math domain error"));
    return 0.0;
}

double adder_math_sqrt(double v) {
    if (v < 0.0)
        return domain_error();
    return sqrt(v);
}

double adder_math_log(double v) {
    if (v <= 0.0)
        return domain_error();
    return log(v);
}

double adder_math_log_base(double x, double base) {
    if (x <= 0.0 || base <= 0.0)
        return domain_error();
    double d = log(base);
    if (d == 0.0) {
        adder_raise_zero_division("float division by zero");
        return 0.0;
    }
    return log(x) / d;
}

double adder_math_exp(double v) {
    double r = exp(v);
    if (isinf(r) && isfinite(v)) {
        adder_raise_text(ADDER_EXC(OverflowError), ADDER_ERROR_TEXT("math range error"));
        return 0.0;
    }
    return r;
}

double adder_math_sin(double v) {
    return isinf(v) ? domain_error() : sin(v);
}

double adder_math_cos(double v) {
    return isinf(v) ? domain_error() : cos(v);
}

double adder_math_tan(double v) {
    return isinf(v) ? domain_error() : tan(v);
}

double adder_math_atan2(double y, double x) {
    return atan2(y, x);
}

double adder_math_fabs(double v) {
    return fabs(v);
}

bool adder_math_isnan(double v) {
    return isnan(v);
}

bool adder_math_isinf(double v) {
    return isinf(v);
}

/* ---- int ---- */

int64_t adder_int_abs(int64_t v) {
    if (v == INT64_MIN) {
        adder_raise_int_overflow();
        return 0;
    }
    return v < 0 ? -v : v;
}

int64_t adder_int_round(int64_t v, int64_t nd) {
    if (nd >= 0)
        return v;
    if (nd < -18)
        return 0; /* |v| < 10**19 rounds to 0 (half of 10**19 exceeds every int64) */
    int64_t p = 1;
    for (int64_t i = 0; i < -nd; i++)
        p *= 10;
    int64_t q = 0, r = 0;
    adder_i64_floordiv(v, p, &q);
    adder_i64_mod(v, p, &r);
    if (r > p - r || (r == p - r && (q & 1)))
        q++;
    int64_t out = 0;
    adder_i64_mul(q, p, &out);
    return out;
}

/* (a * b) mod m for 0 <= a, b < m, without overflow. */
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    uint64_t r = 0;
    a %= m;
    while (b) {
        if (b & 1)
            r = r >= m - a ? r - (m - a) : r + a;
        b >>= 1;
        a = a >= m - a ? a - (m - a) : a + a;
    }
    return r;
}

int64_t adder_int_powmod(int64_t a, int64_t b, int64_t m) {
    if (m == 0) {
        adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("pow() 3rd argument cannot be 0"));
        return 0;
    }
    if (b < 0) {
        adder_raise_text(ADDER_EXC(ValueError),
                         ADDER_ERROR_TEXT("negative exponent with a modulus is not supported"));
        return 0;
    }
    if (m == INT64_MIN) {
        adder_raise_int_overflow();
        return 0;
    }
    uint64_t um = (uint64_t)(m < 0 ? -m : m);
    int64_t am = 0;
    adder_i64_mod(a, (int64_t)um, &am); /* 0 <= am < |m| */
    uint64_t base = (uint64_t)am, r = 1 % um;
    for (uint64_t e = (uint64_t)b; e; e >>= 1) {
        if (e & 1)
            r = mulmod(r, base, um);
        base = mulmod(base, base, um);
    }
    int64_t res = (int64_t)r;
    if (m < 0 && res != 0)
        res = (int64_t)(r - um); /* the result takes the sign of m */
    return res;
}

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Trims ASCII whitespace; [*b, *e) is what remains. */
static void trim(const adder_str_t *s, const char **b, const char **e) {
    const char *p = s->data, *q = s->data + s->size;
    while (p < q && is_space((unsigned char)*p))
        p++;
    while (q > p && is_space((unsigned char)q[-1]))
        q--;
    *b = p;
    *e = q;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Skips a 0x/0o/0b prefix matching *base (base 0: sets it); returns the
 * rest. */
static const char *skip_prefix(const char *p, const char *end, int64_t *base) {
    if (end - p < 2 || p[0] != '0')
        return p;
    char c = (char)(p[1] | 0x20);
    int64_t b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (b == 0 || (*base != 0 && *base != b))
        return p;
    *base = b;
    return p + 2;
}

/* int(s, base) after the base was validated: CPython's syntax (sign,
 * prefix, single underscores between digits, surrounding whitespace). */
static int64_t parse_int(const adder_str_t *s, int64_t base) {
    const char *p, *end;
    trim(s, &p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    const char *start = p;
    int64_t b = base;
    p = skip_prefix(p, end, &b);
    bool prefixed = p != start, prev_us = !prefixed, digits = false, overflow = false;
    bool nonzero = false;
    if (b == 0)
        b = 10;
    uint64_t acc = 0;
    for (; p < end; p++) {
        if (*p == '_' && !prev_us) {
            prev_us = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= b)
            break;
        if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)b)
            overflow = true;
        else
            acc = acc * (uint64_t)b + (uint64_t)d;
        nonzero |= d != 0;
        digits = true;
        prev_us = false;
    }
    /* base 0 forbids leading zeros in a non-zero decimal ("010"). */
    bool bad_zero = base == 0 && !prefixed && nonzero && start < end && *start == '0';
    if (!digits || p != end || prev_us || bad_zero) {
        char prefix[64] = "invalid literal for int() with base ";
        adder_format_int(prefix + strlen(prefix), base);
        strcat(prefix, ": ");
        raise_with_repr(ADDER_EXC(ValueError), prefix, s);
        return 0;
    }
    if (overflow || acc > (uint64_t)INT64_MAX + (neg ? 1u : 0u)) {
        adder_raise_int_overflow();
        return 0;
    }
    return neg ? (int64_t)(0 - acc) : (int64_t)acc;
}

int64_t adder_int_from_str(const adder_str_t *s) {
    return parse_int(s, 10);
}

int64_t adder_int_from_str_base(const adder_str_t *s, int64_t base) {
    if (base != 0 && (base < 2 || base > 36)) {
        adder_raise_text(ADDER_EXC(ValueError),
                         ADDER_ERROR_TEXT("int() base must be >= 2 and <= 36, or 0"));
        return 0;
    }
    return parse_int(s, base);
}

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != word[i])
            return false;
    return true;
}

/* Copies digits with single underscores between digits removed; false
 * on a misplaced underscore. */
static bool copy_digits(const char **pp, const char *end, char *out, size_t *n, bool *any) {
    const char *p = *pp;
    bool prev_digit = false;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            out[(*n)++] = *p++;
            prev_digit = true;
            *any = true;
        } else if (*p == '_' && prev_digit && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
            prev_digit = false;
        } else {
            break;
        }
    }
    *pp = p;
    return true;
}

double adder_float_from_str(const adder_str_t *s) {
    const char *p, *end;
    trim(s, &p, &end);
    size_t cap = (size_t)(end - p) + 2, n = 0;
    char *buf = adder_alloc(cap);
    if (!buf) {
        adder_raise_memory_error();
        return 0.0;
    }
    double result = 0.0;
    bool ok = false, any = false;
    const char *q = p;
    bool neg = q < end && *q == '-';
    if (q < end && (*q == '+' || *q == '-'))
        buf[n++] = *q++;
    if (match_word(q, end, "inf") || match_word(q, end, "infinity")) {
        result = neg ? -HUGE_VAL : HUGE_VAL;
        ok = true;
    } else if (match_word(q, end, "nan")) {
        result = neg ? -(double)NAN : (double)NAN;
        ok = true;
    } else {
        copy_digits(&q, end, buf, &n, &any);
        if (q < end && *q == '.') {
            buf[n++] = *q++;
            copy_digits(&q, end, buf, &n, &any);
        }
        if (any && q < end && (*q == 'e' || *q == 'E')) {
            bool exp_digits = false;
            buf[n++] = *q++;
            if (q < end && (*q == '+' || *q == '-'))
                buf[n++] = *q++;
            copy_digits(&q, end, buf, &n, &exp_digits);
            any = exp_digits;
        }
        if (any && q == end) {
            buf[n] = 0;
            result = strtod(buf, NULL);
            ok = true;
        }
    }
    adder_free(buf, cap);
    if (!ok)
        raise_with_repr(ADDER_EXC(ValueError), "could not convert string to float: ", s);
    return result;
}

int adder_raise_unpack_error(int64_t got, int64_t expected) {
    char msg[96], num[ADDER_INT_DEC_MAX];
    adder_format_int(num, expected);
    if (got > expected) {
        strcpy(msg, "too many values to unpack (expected ");
        strcat(msg, num);
        strcat(msg, ")");
    } else {
        strcpy(msg, "not enough values to unpack (expected ");
        strcat(msg, num);
        strcat(msg, ", got ");
        adder_format_int(num, got);
        strcat(msg, num);
        strcat(msg, ")");
    }
    adder_str_t *m = adder_str_from_cstr(msg);
    if (!m)
        return -1;
    adder_raise(ADDER_EXC(ValueError), m);
    adder_decref(m);
    return -1;
}

/* ---- str ---- */

adder_str_t *adder_str_hex(int64_t v) {
    char buf[ADDER_INT_HEX_MAX];
    return adder_str_from_utf8(buf, adder_format_int_hex(buf, v));
}

adder_str_t *adder_str_oct(int64_t v) {
    char buf[ADDER_INT_OCT_MAX];
    return adder_str_from_utf8(buf, adder_format_int_oct(buf, v));
}

adder_str_t *adder_str_bin(int64_t v) {
    char buf[ADDER_INT_BIN_MAX];
    return adder_str_from_utf8(buf, adder_format_int_bin(buf, v));
}

adder_str_t *adder_str_chr(int64_t cp) {
    if (cp < 0 || cp > 0x10ffff) {
        adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("chr() arg not in range(0x110000)"));
        return NULL;
    }
    adder_strbuf_t b;
    adder_strbuf_init(&b);
    adder_strbuf_append_char(&b, (uint32_t)cp);
    return adder_strbuf_finish(&b);
}

int64_t adder_str_ord(const adder_str_t *s) {
    int64_t n = adder_str_len(s);
    if (n != 1) {
        char msg[96], num[ADDER_INT_DEC_MAX];
        adder_format_int(num, n);
        strcpy(msg, "ord() expected a character, but string of length ");
        strcat(msg, num);
        strcat(msg, " found");
        adder_str_t *m = adder_str_from_cstr(msg);
        if (m) {
            adder_raise(ADDER_EXC(TypeError), m);
            adder_decref(m);
        }
        return 0;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    if (p[0] < 0x80)
        return p[0];
    if (p[0] < 0xe0)
        return ((p[0] & 0x1f) << 6) | (p[1] & 0x3f);
    if (p[0] < 0xf0)
        return ((p[0] & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    return ((int64_t)(p[0] & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) |
           (p[3] & 0x3f);
}

bool adder_str_isdigit(const adder_str_t *s) {
    if (s->size == 0)
        return false;
    for (uint32_t i = 0; i < s->size; i++)
        if (s->data[i] < '0' || s->data[i] > '9')
            return false; /* ASCII digits only (non-ASCII digits: a divergence) */
    return true;
}

/* ---- format(v, spec) ---- */

static adder_str_t *format_error(int code, const adder_format_spec_t *spec, const adder_str_t *st,
                                 const char *type_name) {
    char msg[ADDER_FORMAT_ERROR_MAX];
    adder_format_error_text(msg, sizeof msg, code, spec, st->data, st->size, type_name);
    adder_str_t *m = adder_str_from_cstr(msg);
    if (m) {
        adder_raise(ADDER_EXC(ValueError), m);
        adder_decref(m);
    }
    return NULL;
}

/* Renders with fn into a stack buffer, or a heap one when it is too small. */
typedef int64_t (*render_fn)(char *buf, size_t cap, const void *v, const adder_format_spec_t *sp);

static adder_str_t *render(render_fn fn, const void *v, const adder_str_t *st, const char *tname) {
    adder_format_spec_t spec;
    int rc = adder_format_spec_parse(st->data, st->size, &spec);
    if (rc < 0)
        return format_error(rc, &spec, st, tname);
    char small[128];
    int64_t n = fn(small, sizeof small, v, &spec);
    if (n < 0)
        return format_error((int)n, &spec, st, tname);
    if ((size_t)n <= sizeof small)
        return adder_str_from_utf8(small, (size_t)n);
    char *big = adder_alloc((size_t)n);
    if (!big) {
        adder_raise_memory_error();
        return NULL;
    }
    fn(big, (size_t)n, v, &spec);
    adder_str_t *r = adder_str_from_utf8(big, (size_t)n);
    adder_free(big, (size_t)n);
    return r;
}

static int64_t render_int(char *buf, size_t cap, const void *v, const adder_format_spec_t *sp) {
    return adder_format_int_spec(buf, cap, *(const int64_t *)v, sp);
}

static int64_t render_float(char *buf, size_t cap, const void *v, const adder_format_spec_t *sp) {
    return adder_format_float_spec(buf, cap, *(const double *)v, sp);
}

static int64_t render_str(char *buf, size_t cap, const void *v, const adder_format_spec_t *sp) {
    const adder_str_t *s = v;
    return adder_format_str_spec(buf, cap, s->data, s->size, sp);
}

adder_str_t *adder_format_int_str(int64_t v, const adder_str_t *spec) {
    return render(render_int, &v, spec, "int");
}

adder_str_t *adder_format_float_str(double v, const adder_str_t *spec) {
    return render(render_float, &v, spec, "float");
}

adder_str_t *adder_format_str_str(const adder_str_t *v, const adder_str_t *spec) {
    return render(render_str, v, spec, "str");
}

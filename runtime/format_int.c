/* runtime/format_int.c: str(), hex(), oct(), bin() and format() of ints.
 *
 * Digits come from repeated division of the magnitude as a uint64_t (so
 * INT64_MIN needs no special case), written backwards into a small local
 * buffer. format(v, spec) follows format_long_internal() of CPython's
 * Python/formatter_unicode.c: types d b o x X and none; '#' adds the
 * 0b/0o/0x prefix (0X for 'X'), which goes between the sign and any '='
 * padding; '_' groups b/o/x/X digits by four. The float types
 * (e E f F g G %) format float(v), as int.__format__ does. */
#include "format_internal.h"

#include <string.h>

/* 64 binary digits of the largest magnitude, 2^63. */
#define INT_DIGITS_MAX (64)

static uint64_t magnitude(int64_t v) { return v < 0 ? 0 - (uint64_t)v : (uint64_t)v; }

/* *m / base, leaving the remainder in *rem. 32-bit targets have no 64-bit
 * division instruction, and libgcc's costs about 550 bytes of flash (a
 * Cortex-M0 hello world is 4 KB): four 16-bit steps of 32-bit division
 * do it, and values that fit 32 bits take one. */
static uint64_t div_small(uint64_t m, unsigned base, unsigned *rem) {
#if UINTPTR_MAX > 0xFFFFFFFFu
    *rem = (unsigned)(m % base);
    return m / base;
#else
    uint32_t r = 0;
    uint64_t q = 0;
    if ((m >> 32) == 0) {
        *rem = (unsigned)((uint32_t)m % base);
        return (uint32_t)m / base;
    }
    for (int shift = 48; shift >= 0; shift -= 16) {
        uint32_t cur = (r << 16) | (uint32_t)((m >> shift) & 0xFFFFu);
        q |= (uint64_t)(cur / base) << shift;
        r = cur % base;
    }
    *rem = (unsigned)r;
    return q;
#endif
}

/* Writes the base-`base` digits of m at the end of tmp; returns the start. */
static char *to_base(char tmp[INT_DIGITS_MAX], uint64_t m, unsigned base, bool upper) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = tmp + INT_DIGITS_MAX;
    do {
        unsigned d;
        m = div_small(m, base, &d);
        *--p = digits[d];
    } while (m);
    return p;
}

/* [-][prefix]digits, NUL-terminated; returns the length. */
static size_t format_radix(char *buf, int64_t v, unsigned base, const char *prefix) {
    char tmp[INT_DIGITS_MAX];
    char *p = to_base(tmp, magnitude(v), base, false);
    size_t n = 0, nd = (size_t)(tmp + INT_DIGITS_MAX - p), np = strlen(prefix);
    if (v < 0)
        buf[n++] = '-';
    memcpy(buf + n, prefix, np);
    memcpy(buf + n + np, p, nd);
    n += np + nd;
    buf[n] = '\0';
    return n;
}

size_t adder_format_int(char *buf, int64_t v) { return format_radix(buf, v, 10, ""); }
size_t adder_format_int_hex(char *buf, int64_t v) { return format_radix(buf, v, 16, "0x"); }
size_t adder_format_int_oct(char *buf, int64_t v) { return format_radix(buf, v, 8, "0o"); }
size_t adder_format_int_bin(char *buf, int64_t v) { return format_radix(buf, v, 2, "0b"); }

static char digit_at(const void *ctx, uint64_t i) { return ((const char *)ctx)[i]; }

static unsigned base_of(uint32_t type) {
    switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

static const char *prefix_of(uint32_t type) {
    switch (type) {
    case 'b': return "0b";
    case 'o': return "0o";
    case 'x': return "0x";
    case 'X': return "0X";
    default: return "";
    }
}

static bool is_float_type(uint32_t type) {
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return true;
    default:
        return false;
    }
}

static int check_int_spec(const adder_format_spec_t *spec) {
    switch (spec->type) {
    case 0: case 'd': case 'b': case 'o': case 'x': case 'X':
        break;
    case 'c': case 'n':
        return ADDER_FORMAT_ERR_UNSUPPORTED;
    default:
        return ADDER_FORMAT_ERR_UNKNOWN_CODE;
    }
    if (spec->precision >= 0)
        return ADDER_FORMAT_ERR_INT_PRECISION;
    if (spec->no_neg_zero)
        return ADDER_FORMAT_ERR_INT_NO_NEG_ZERO;
    return 0;
}

int64_t adder_format_int_spec(char *buf, size_t cap, int64_t v, const adder_format_spec_t *spec) {
    int err = adder_fmt_check_grouping(spec, 'd');
    if (err)
        return err;
    if (is_float_type(spec->type))
        return adder_format_float_spec(buf, cap, (double)v, spec);
    if ((err = check_int_spec(spec)) != 0)
        return err;
    char tmp[INT_DIGITS_MAX];
    const char *digits = to_base(tmp, magnitude(v), base_of(spec->type), spec->type == 'X');
    adder_fmt_number_t num = {0};
    num.sign = v < 0 ? '-' : 0;
    num.prefix = spec->alternate ? prefix_of(spec->type) : "";
    num.n_prefix = strlen(num.prefix);
    num.n_digits = (uint64_t)(tmp + INT_DIGITS_MAX - digits);
    num.group = !spec->grouping ? 0 : base_of(spec->type) == 10 ? 3 : 4;
    num.digit = digit_at;
    num.ctx = digits;
    adder_fmt_out_t out = {buf, cap, 0};
    adder_fmt_layout_t lay;
    adder_fmt_layout_init(&lay, spec, '>');
    adder_fmt_pad(&out, &lay, adder_fmt_number_begin(&out, &lay, &num));
    return adder_fmt_result(&out);
}

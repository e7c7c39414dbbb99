/* runtime/format_float.c: repr() and format() of floats, as CPython 3.11.
 *
 * The digits come from format_dtoa.c (shortest for repr, correctly
 * rounded for a precision); this file lays them out exactly like
 * format_float_short() in CPython's Python/pystrtod.c. Its model is a
 * "virtual" digit string: the dtoa digits padded with zeros on both sides,
 * of which the slice [vstart, vend) is printed with the point after
 * position decpt:
 *   'e'  always an exponent, precision digits after the point;
 *   'f'  decpt + precision digits;
 *   'g'  exponent when decpt <= -4 or decpt > precision, trailing zeros
 *        dropped unless '#';
 *   'r'  repr: exponent when decpt <= -4 or decpt > 16;
 * with "add .0 if integral" for repr and for the no-type format, and the
 * point dropped when nothing follows it unless '#'. The result is then
 * padded by the shared numeric layout (format_spec.c): the integer digits
 * can be grouped, the rest (point, fraction, exponent, '%') is copied. */
#include "format_internal.h"

#include <string.h>

#define DEFAULT_PRECISION (6)
/* repr switches to an exponent at 1e16 (CPython's float_repr_style). */
#define REPR_EXP_HIGH (16)
#define EXP_LOW (-4)
/* CPython stores the precision in an int. */
#define PRECISION_MAX (2147483647)
#define EXP_DIGITS_MAX (8)

/* One float, ready to be laid out. */
typedef struct {
    adder_fmt_digits_t dg;
    const char *special; /* "inf"/"nan" (or uppercase) instead of digits */
    bool negative;
    bool use_exp;
    bool dot;
    bool pct;
    char exp_text[EXP_DIGITS_MAX]; /* "e+05" */
    size_t exp_len;
    int64_t decpt; /* position of the point in the digit string */
    int64_t vend;  /* end of the printed digits */
} float_body_t;

/* How to format: CPython's type letter after its rewrites, and flags. */
typedef struct {
    char type;  /* 'e' 'f' 'g' 'r' */
    bool upper;
    bool alt;
    bool add_dot_0;
    bool no_neg_zero;
    bool pct;
    int64_t precision;
} float_mode_t;

/* Classified from the bits, so soft-float targets need no FP helpers. */
#define SIGN_BIT ((uint64_t)1 << 63)
#define EXP_ALL_ONES ((uint64_t)0x7ff << 52)

static uint64_t bits_of(double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits;
}

static double from_bits(uint64_t bits) {
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

/* Digit at position i of the virtual string. */
static char vdigit(const adder_fmt_digits_t *dg, int64_t i) { return i >= 0 && i < dg->nd ? dg->d[i] : '0'; }

static char int_digit(const void *ctx, uint64_t i) {
    const float_body_t *b = ctx;
    return b->decpt <= 0 ? '0' : vdigit(&b->dg, (int64_t)i);
}

static void get_digits(double m, const float_mode_t *mode, adder_fmt_digits_t *dg) {
    switch (mode->type) {
    case 'r': adder_fmt_dtoa_shortest(m, dg); break;
    case 'e': adder_fmt_dtoa_fixed(m, ADDER_DTOA_SIGNIFICANT, mode->precision + 1, dg); break;
    case 'f': adder_fmt_dtoa_fixed(m, ADDER_DTOA_FRACTION, mode->precision, dg); break;
    default: adder_fmt_dtoa_fixed(m, ADDER_DTOA_SIGNIFICANT, mode->precision ? mode->precision : 1, dg); break;
    }
}

static bool rounds_to_zero(const adder_fmt_digits_t *dg) {
    return dg->nd == 0 || (dg->nd == 1 && dg->d[0] == '0');
}

static void exponent_text(float_body_t *b, int64_t exp, bool upper) {
    char *p = b->exp_text;
    *p++ = upper ? 'E' : 'e';
    *p++ = exp < 0 ? '-' : '+';
    uint64_t m = exp < 0 ? (uint64_t)-exp : (uint64_t)exp;
    if (m < 10)
        *p++ = '0';
    char tmp[4];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    while (n > 0)
        *p++ = tmp[--n];
    b->exp_len = (size_t)(p - b->exp_text);
}

/* format_float_short(): where the point goes and which digits print. */
static void place_point(float_body_t *b, const float_mode_t *mode) {
    int64_t decpt = b->dg.decpt, vend = b->dg.nd, p = mode->precision;
    switch (mode->type) {
    case 'e': b->use_exp = true; vend = p + 1; break;
    case 'f': vend = decpt + p; break;
    case 'g':
        if (p == 0)
            p = 1;
        b->use_exp = decpt <= EXP_LOW || decpt > (mode->add_dot_0 ? p - 1 : p);
        if (mode->alt)
            vend = p;
        break;
    default: b->use_exp = decpt <= EXP_LOW || decpt > REPR_EXP_HIGH; break;
    }
    if (b->use_exp) {
        exponent_text(b, decpt - 1, mode->upper);
        decpt = 1;
    }
    int64_t min_end = decpt + (!b->use_exp && mode->add_dot_0 ? 1 : 0);
    b->vend = vend > min_end ? vend : min_end;
    b->decpt = decpt;
    b->dot = b->vend > decpt || mode->alt;
}

static void float_body(double v, const float_mode_t *mode, float_body_t *b) {
    memset(b, 0, sizeof *b);
    b->pct = mode->pct;
    uint64_t bits = bits_of(v), mag = bits & ~SIGN_BIT;
    if (mag > EXP_ALL_ONES) {
        b->special = mode->upper ? "NAN" : "nan";
        return;
    }
    b->negative = (bits & SIGN_BIT) != 0;
    double m = from_bits(mag);
    if (mag == EXP_ALL_ONES) {
        b->special = mode->upper ? "INF" : "inf";
        return;
    }
    get_digits(m, mode, &b->dg);
    if (b->negative && mode->no_neg_zero && rounds_to_zero(&b->dg))
        b->negative = false;
    place_point(b, mode);
}

static uint64_t int_len(const float_body_t *b) {
    if (b->special)
        return 0;
    return b->decpt <= 0 ? 1 : (uint64_t)b->decpt;
}

static uint64_t rest_len(const float_body_t *b) {
    if (b->special)
        return 3 + b->pct;
    return (uint64_t)b->dot + (uint64_t)(b->vend - b->decpt) + b->exp_len + b->pct;
}

/* Writes virtual digits [from, to) with runs of zeros counted, not looped. */
static void put_vdigits(adder_fmt_out_t *out, const adder_fmt_digits_t *dg, int64_t from, int64_t to) {
    int64_t lead = (to < 0 ? to : 0) - from;
    if (lead > 0) {
        adder_fmt_fill(out, "0", 1, (uint64_t)lead);
        from += lead;
    }
    for (; from < to && from < dg->nd; from++)
        adder_fmt_put(out, dg->d[from]);
    if (to > from)
        adder_fmt_fill(out, "0", 1, (uint64_t)(to - from));
}

static void put_rest(adder_fmt_out_t *out, const float_body_t *b) {
    if (b->special) {
        adder_fmt_puts(out, b->special, 3);
    } else {
        if (b->dot)
            adder_fmt_put(out, '.');
        put_vdigits(out, &b->dg, b->decpt, b->vend);
        adder_fmt_puts(out, b->exp_text, b->exp_len);
    }
    if (b->pct)
        adder_fmt_put(out, '%');
}

/* The whole number with no padding: repr(). */
static void put_plain(adder_fmt_out_t *out, const float_body_t *b) {
    if (b->negative)
        adder_fmt_put(out, '-');
    for (uint64_t i = 0, n = int_len(b); i < n; i++)
        adder_fmt_put(out, int_digit(b, i));
    put_rest(out, b);
}

size_t adder_float_repr(char *buf, double v) {
    float_mode_t mode = {.type = 'r', .add_dot_0 = true};
    float_body_t b;
    float_body(v, &mode, &b);
    adder_fmt_out_t out = {buf, ADDER_FLOAT_REPR_MAX - 1, 0};
    put_plain(&out, &b);
    buf[out.len] = '\0';
    return (size_t)out.len;
}

/* format_float_internal(): the type letter and flags CPython derives. */
static int float_mode(const adder_format_spec_t *spec, float_mode_t *mode) {
    memset(mode, 0, sizeof *mode);
    mode->alt = spec->alternate;
    mode->no_neg_zero = spec->no_neg_zero;
    mode->precision = spec->precision >= 0 ? spec->precision : DEFAULT_PRECISION;
    switch (spec->type) {
    case 0:
        mode->add_dot_0 = true;
        mode->type = spec->precision >= 0 ? 'g' : 'r';
        break;
    case 'E': case 'F': case 'G':
        mode->upper = true;
        mode->type = (char)(spec->type - 'A' + 'a');
        break;
    case 'e': case 'f': case 'g':
        mode->type = (char)spec->type;
        break;
    case '%':
        mode->type = 'f';
        mode->pct = true;
        break;
    case 'n':
        return ADDER_FORMAT_ERR_UNSUPPORTED;
    default:
        return ADDER_FORMAT_ERR_UNKNOWN_CODE;
    }
    return spec->precision > PRECISION_MAX ? ADDER_FORMAT_ERR_PRECISION_TOO_BIG : 0;
}

int64_t adder_format_float_spec(char *buf, size_t cap, double v, const adder_format_spec_t *spec) {
    float_mode_t mode;
    int err = adder_fmt_check_grouping(spec, 0);
    if (!err)
        err = float_mode(spec, &mode);
    if (err)
        return err;
    float_body_t b;
    float_body(mode.pct ? v * 100 : v, &mode, &b);
    adder_fmt_number_t num = {0};
    num.sign = b.negative ? '-' : 0;
    num.n_digits = int_len(&b);
    num.n_rest = rest_len(&b);
    num.group = spec->grouping ? 3 : 0;
    num.digit = int_digit;
    num.ctx = &b;
    adder_fmt_out_t out = {buf, cap, 0};
    adder_fmt_layout_t lay;
    adder_fmt_layout_init(&lay, spec, '>');
    uint64_t rpad = adder_fmt_number_begin(&out, &lay, &num);
    put_rest(&out, &b);
    adder_fmt_pad(&out, &lay, rpad);
    return adder_fmt_result(&out);
}

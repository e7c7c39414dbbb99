/* runtime/format_dtoa.c: decimal digits of a double, exactly.
 *
 * A finite double is f * 2^e with integer f < 2^53. Both conversions write
 * it as a fraction r / s of big integers scaled by a power of ten so that
 * 0.1 <= r / s < 1, i.e. v = (r / s) * 10^k, and then take digits one at a
 * time (r *= 10; digit = r / s; r %= s), so every digit is exact.
 *
 *  - adder_fmt_dtoa_shortest is Steele & White's free-format algorithm as
 *    refined by Burger & Dybvig ("Printing floating-point numbers quickly
 *    and accurately", 1996): r is kept together with the half-gaps m- and
 *    m+ to the neighbouring doubles, and generation stops at the first
 *    digit where the prefix already lies strictly inside the rounding
 *    interval (inclusive when f is even, as round-half-even reads it
 *    back). The last digit is then the closer of d and d+1, ties to even:
 *    CPython's _Py_dg_dtoa mode 0, the digits of repr().
 *  - adder_fmt_dtoa_fixed gives n significant digits (mode 2, 'e' and 'g')
 *    or n digits after the point (mode 3, 'f'), rounded half-to-even on
 *    the exact binary value by comparing the remainder 2r with s.
 * Results have no trailing zeros and follow dtoa's decpt convention; zero
 * is "0" with decpt 1. Bignum sizes: s <= 2^1077 and r < 10 s (bounded by
 * ADDER_BIGNUM_LIMBS). */
#include "format_internal.h"

#include <string.h>

#define MANT_BITS (52)
#define HIDDEN_BIT ((uint64_t)1 << MANT_BITS)
#define EXP_MASK (0x7ff)
#define EXP_BIAS (1075) /* so that v = f * 2^(biased - EXP_BIAS) */
#define MIN_E (-1074)
/* floor(x * log10(2)) ~ (x * 1233) >> 12; off by at most one, fixed up. */
#define LOG10_2_NUM (1233)
#define LOG10_2_SHIFT (12)

/* Splits a finite positive double into f * 2^e. */
static void decompose(double v, uint64_t *f, int *e) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)((bits >> MANT_BITS) & EXP_MASK);
    *f = bits & (HIDDEN_BIT - 1);
    if (biased == 0) {
        *e = MIN_E;
    } else {
        *f |= HIDDEN_BIT;
        *e = biased - EXP_BIAS;
    }
}

static bool is_zero(double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    return (bits << 1) == 0;
}

static int bit_length(uint64_t f) {
    int n = 0;
    while (f) {
        n++;
        f >>= 1;
    }
    return n;
}

/* A k close to floor(log10(f * 2^e)) + 1. */
static int estimate_k(uint64_t f, int e) {
    int x = (e + bit_length(f) - 1) * LOG10_2_NUM;
    int q = x >= 0 ? x >> LOG10_2_SHIFT : -((-x + (1 << LOG10_2_SHIFT) - 1) >> LOG10_2_SHIFT);
    return q + 1;
}

static void set_pow2(adder_bignum_t *b, uint64_t m, int shift) {
    adder_bignum_set_u64(b, m);
    adder_bignum_shl(b, (unsigned)shift);
}

/* Multiplies r (and the margins, if any) by 10. */
static void times10(adder_bignum_t *r, adder_bignum_t *mp, adder_bignum_t *mm) {
    adder_bignum_mul_small(r, 10);
    if (mp)
        adder_bignum_mul_small(mp, 10);
    if (mm && mm != mp)
        adder_bignum_mul_small(mm, 10);
}

/* Applies 10^k: to s when k >= 0, else to r and the margins. */
static void scale(int k, adder_bignum_t *r, adder_bignum_t *s, adder_bignum_t *mp, adder_bignum_t *mm) {
    if (k >= 0) {
        adder_bignum_mul_pow10(s, (unsigned)k);
        return;
    }
    adder_bignum_mul_pow10(r, (unsigned)-k);
    if (mp)
        adder_bignum_mul_pow10(mp, (unsigned)-k);
    if (mm && mm != mp)
        adder_bignum_mul_pow10(mm, (unsigned)-k);
}

static void set_zero(adder_fmt_digits_t *dg) {
    dg->d[0] = '0';
    dg->nd = 1;
    dg->decpt = 1;
}

static void strip_zeros(adder_fmt_digits_t *dg) {
    while (dg->nd > 0 && dg->d[dg->nd - 1] == '0')
        dg->nd--;
}

/* Adds one unit in the last digit; 99.. becomes 1 with decpt + 1. */
static void round_up(adder_fmt_digits_t *dg) {
    int i = dg->nd;
    while (i > 0 && dg->d[i - 1] == '9')
        i--;
    if (i == 0) {
        dg->d[0] = '1';
        dg->nd = 1;
        dg->decpt++;
        return;
    }
    dg->d[i - 1]++;
    dg->nd = i;
}

/* Compares 2r with s: the remainder against one half. */
static int cmp_half(const adder_bignum_t *r, const adder_bignum_t *s) {
    adder_bignum_t twice = *r;
    adder_bignum_shl(&twice, 1);
    return adder_bignum_cmp(&twice, s);
}

/* Does the digit prefix round-trip from below / above? */
static bool low_ok(const adder_bignum_t *r, const adder_bignum_t *mm, bool even) {
    int c = adder_bignum_cmp(r, mm);
    return even ? c <= 0 : c < 0;
}

static bool high_ok(const adder_bignum_t *r, const adder_bignum_t *mp, const adder_bignum_t *s, bool even) {
    adder_bignum_t hi;
    adder_bignum_add(&hi, r, mp);
    int c = adder_bignum_cmp(&hi, s);
    return even ? c >= 0 : c > 0;
}

/* Fixes k so that the high end of the interval is just below 10^k. */
static int fixup_shortest(int k, adder_bignum_t *r, adder_bignum_t *s, adder_bignum_t *mp,
                          adder_bignum_t *mm, bool even) {
    while (high_ok(r, mp, s, even)) {
        adder_bignum_mul_small(s, 10);
        k++;
    }
    for (;;) {
        adder_bignum_t r10 = *r, mp10 = *mp;
        adder_bignum_mul_small(&r10, 10);
        adder_bignum_mul_small(&mp10, 10);
        if (high_ok(&r10, &mp10, s, even))
            return k;
        times10(r, mp, mm);
        k--;
    }
}

/* Emits the last digit: d or d+1, whichever is closer, ties to even. */
static void last_digit(adder_fmt_digits_t *dg, unsigned d, bool lo, bool hi, const adder_bignum_t *r,
                       const adder_bignum_t *s) {
    bool up = hi;
    if (lo && hi) {
        int c = cmp_half(r, s);
        up = c > 0 || (c == 0 && (d & 1));
    }
    dg->d[dg->nd++] = (char)('0' + d);
    if (up)
        round_up(dg);
}

void adder_fmt_dtoa_shortest(double v, adder_fmt_digits_t *dg) {
    uint64_t f;
    int e;
    if (is_zero(v)) {
        set_zero(dg);
        return;
    }
    decompose(v, &f, &e);
    bool even = (f & 1) == 0, asym = f == HIDDEN_BIT && e > MIN_E;
    adder_bignum_t r, s, mp, mm;
    /* r / s = v, m+ / s and m- / s = the half-gaps, all doubled (quadrupled
     * at a power of two, whose lower gap is half the upper one). */
    int extra = asym ? 2 : 1;
    if (e >= 0) {
        set_pow2(&r, f, e + extra);
        set_pow2(&s, 1, extra);
        set_pow2(&mp, 1, e + extra - 1);
        set_pow2(&mm, 1, e);
    } else {
        set_pow2(&r, f, extra);
        set_pow2(&s, 1, extra - e);
        set_pow2(&mp, 1, extra - 1);
        set_pow2(&mm, 1, 0);
    }
    int k = estimate_k(f, e);
    scale(k, &r, &s, &mp, &mm);
    k = fixup_shortest(k, &r, &s, &mp, &mm, even);
    dg->nd = 0;
    dg->decpt = k;
    for (;;) {
        times10(&r, &mp, &mm);
        unsigned d = adder_bignum_divmod_digit(&r, &s);
        bool lo = low_ok(&r, &mm, even), hi = high_ok(&r, &mp, &s, even);
        if (lo || hi || dg->nd + 1 >= ADDER_FLOAT_DIGITS_MAX) {
            last_digit(dg, d, lo, hi, &r, &s);
            break;
        }
        dg->d[dg->nd++] = (char)('0' + d);
    }
    strip_zeros(dg);
}

/* Sets r / s = v / 10^k with 0.1 <= r / s < 1 and returns k. */
static int setup_exact(double v, adder_bignum_t *r, adder_bignum_t *s) {
    uint64_t f;
    int e;
    decompose(v, &f, &e);
    set_pow2(r, f, e > 0 ? e : 0);
    set_pow2(s, 1, e < 0 ? -e : 0);
    int k = estimate_k(f, e);
    scale(k, r, s, NULL, NULL);
    while (adder_bignum_cmp(r, s) >= 0) {
        adder_bignum_mul_small(s, 10);
        k++;
    }
    for (;;) {
        adder_bignum_t r10 = *r;
        adder_bignum_mul_small(&r10, 10);
        if (adder_bignum_cmp(&r10, s) >= 0)
            return k;
        *r = r10;
        k--;
    }
}

void adder_fmt_dtoa_fixed(double v, int mode, int64_t ndigits, adder_fmt_digits_t *dg) {
    adder_bignum_t r, s;
    if (is_zero(v)) {
        set_zero(dg);
        return;
    }
    int k = setup_exact(v, &r, &s);
    int64_t n = mode == ADDER_DTOA_SIGNIFICANT ? ndigits : k + ndigits;
    dg->nd = 0;
    dg->decpt = k;
    if (n <= 0) {
        /* Fewer than one digit: the value rounds to 0 or to 10^(-ndigits). */
        if (n == 0 && cmp_half(&r, &s) > 0) {
            dg->d[dg->nd++] = '1';
            dg->decpt = k + 1;
        } else {
            dg->decpt = (int)-ndigits; /* n <= 0 bounds ndigits by -k */
        }
        return;
    }
    while (dg->nd < n && !adder_bignum_is_zero(&r) && dg->nd < ADDER_FLOAT_DIGITS_MAX) {
        adder_bignum_mul_small(&r, 10);
        dg->d[dg->nd++] = (char)('0' + adder_bignum_divmod_digit(&r, &s));
    }
    if (!adder_bignum_is_zero(&r)) {
        int c = cmp_half(&r, &s);
        if (c > 0 || (c == 0 && ((dg->d[dg->nd - 1] - '0') & 1)))
            round_up(dg);
    }
    strip_zeros(dg);
}

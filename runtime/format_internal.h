/* runtime/format_internal.h: INTERNAL to runtime/format_*.c; generated code
 * never includes it.
 *
 * Shared pieces of the formatting engine:
 *  - adder_fmt_out_t: an snprintf-like sink that writes at most cap bytes
 *    and counts every byte it was asked for;
 *  - adder_bignum_t: a fixed-size unsigned big integer, just the operations
 *    exact float-to-decimal conversion needs (format_bignum.c);
 *  - adder_fmt_number_t: CPython's numeric layout (calc_number_widths in
 *    Python/formatter_unicode.c): padding, sign, prefix,
 *    grouped integer digits, then a remainder the caller writes. */
#ifndef ADDER_FORMAT_INTERNAL_H
#define ADDER_FORMAT_INTERNAL_H

#include "adder/format.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- format_spec.c: output sink ---- */

typedef struct {
    char *buf;
    size_t cap;
    uint64_t len; /* bytes asked for so far (may exceed cap) */
} adder_fmt_out_t;

void adder_fmt_put(adder_fmt_out_t *out, char c);
void adder_fmt_puts(adder_fmt_out_t *out, const char *s, size_t n);
/* Appends n copies of the n_bytes-long UTF-8 character c. */
void adder_fmt_fill(adder_fmt_out_t *out, const char *c, size_t n_bytes, uint64_t n);
static inline bool adder_fmt_full(const adder_fmt_out_t *out) { return out->len >= out->cap; }

/* ---- format_spec.c: numeric layout ---- */

/* Returns the i-th integer digit (from the left) of a number being laid out. */
typedef char (*adder_fmt_digit_fn)(const void *ctx, uint64_t i);

typedef struct {
    char sign;           /* '-' for a negative value, 0 otherwise */
    const char *prefix;  /* "0x" etc. or NULL */
    size_t n_prefix;
    uint64_t n_digits;   /* integer digits before grouping (0 for inf/nan) */
    uint64_t n_rest;     /* bytes after the digits: '.', fraction, exponent, '%' */
    unsigned group;      /* digits per group: 3, 4 (b o x X with '_') or 0 */
    adder_fmt_digit_fn digit;
    const void *ctx;
} adder_fmt_number_t;

/* The spec with type-dependent defaults applied (default alignment, the
 * '0' flag meaning fill '0' and '=' alignment for numbers). */
typedef struct {
    const adder_format_spec_t *spec;
    char align;
    const char *fill;
    size_t fill_len;
    bool zero_fill;      /* fill is '0' (enables zero-padded grouping) */
} adder_fmt_layout_t;

void adder_fmt_layout_init(adder_fmt_layout_t *lay, const adder_format_spec_t *spec, char default_align);
/* Writes left padding, sign, prefix, '=' padding and the grouped digits;
 * the caller then writes n_rest bytes and calls adder_fmt_pad(rpad). */
uint64_t adder_fmt_number_begin(adder_fmt_out_t *out, const adder_fmt_layout_t *lay,
                                const adder_fmt_number_t *num);
void adder_fmt_pad(adder_fmt_out_t *out, const adder_fmt_layout_t *lay, uint64_t n);
/* Checks the grouping char against the type (or the value type's default
 * type letter), as CPython's parser does; returns 0 or an error. */
int adder_fmt_check_grouping(const adder_format_spec_t *spec, uint32_t default_type);
/* Converts the sink's count to the public return value. */
int64_t adder_fmt_result(const adder_fmt_out_t *out);

/* ---- format_bignum.c ---- */

/* 1280 bits: the largest number exact conversion builds is below 2^1090
 * (r < 10 s with s up to 4 * 2^1074 for subnormals; measured over every
 * binade: 34 limbs). Each number costs 164 bytes of stack and at most
 * seven are live, so a float format needs about 2 KB of stack in all
 * (with the 770-byte digit buffer). */
#define ADDER_BIGNUM_LIMBS (40)

typedef struct {
    uint32_t n;                        /* limbs in use, no leading zero limb */
    uint32_t limb[ADDER_BIGNUM_LIMBS]; /* little-endian */
} adder_bignum_t;

void adder_bignum_set_u64(adder_bignum_t *b, uint64_t v);
void adder_bignum_shl(adder_bignum_t *b, unsigned bits);
void adder_bignum_mul_small(adder_bignum_t *b, uint32_t m);
void adder_bignum_mul_pow10(adder_bignum_t *b, unsigned e);
void adder_bignum_add(adder_bignum_t *out, const adder_bignum_t *a, const adder_bignum_t *b);
/* a -= b, requires a >= b. */
void adder_bignum_sub(adder_bignum_t *a, const adder_bignum_t *b);
int adder_bignum_cmp(const adder_bignum_t *a, const adder_bignum_t *b);
/* Returns q = a / b and leaves a % b in a; requires q < 10. */
unsigned adder_bignum_divmod_digit(adder_bignum_t *a, const adder_bignum_t *b);
static inline bool adder_bignum_is_zero(const adder_bignum_t *b) { return b->n == 0; }

/* ---- format_float.c: decimal digits of a double ---- */

/* A double has at most 767 significant decimal digits (the largest
 * subnormal); digits beyond that are zeros and stay implicit. */
#define ADDER_FLOAT_DIGITS_MAX (770)

/* value = 0.d[0]d[1]...d[nd-1] * 10^decpt, no trailing zero digits, as
 * CPython's _Py_dg_dtoa returns them (decpt is its "decpt"). */
typedef struct {
    char d[ADDER_FLOAT_DIGITS_MAX];
    int nd;
    int decpt;
} adder_fmt_digits_t;

/* dtoa modes: n significant digits, or n digits after the point. */
#define ADDER_DTOA_SIGNIFICANT (2)
#define ADDER_DTOA_FRACTION (3)

/* Shortest round-tripping digits of v > 0 (dtoa mode 0). */
void adder_fmt_dtoa_shortest(double v, adder_fmt_digits_t *dg);
/* Correctly rounded digits of v >= 0 in the given mode (ndigits >= 1 for
 * ADDER_DTOA_SIGNIFICANT, >= 0 for ADDER_DTOA_FRACTION). */
void adder_fmt_dtoa_fixed(double v, int mode, int64_t ndigits, adder_fmt_digits_t *dg);

#endif

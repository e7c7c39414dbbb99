/* runtime/format_bignum.c: a small fixed-size unsigned big integer.
 *
 * Exact binary-to-decimal conversion (format_float.c) represents a double
 * as a fraction r / s of big integers and pulls decimal digits out of it
 * one at a time: r *= 10; digit = r / s; r %= s. That needs only shifts,
 * multiplication by a small number, addition, subtraction, comparison and
 * a quotient known to be below 10. Numbers are little-endian 32-bit limbs
 * with no leading zero limb (n == 0 is zero); sizes are bounded by
 * ADDER_BIGNUM_LIMBS, which format_float.c's setup never exceeds. No
 * allocation, no recursion, no floating point. */
#include "format_internal.h"

static void trim(adder_bignum_t *b) {
    while (b->n > 0 && b->limb[b->n - 1] == 0)
        b->n--;
}

/* Appends a carry limb; the bound is a property of the callers. */
static void push_limb(adder_bignum_t *b, uint32_t v) {
    if (v == 0)
        return;
    if (b->n < ADDER_BIGNUM_LIMBS)
        b->limb[b->n++] = v;
}

void adder_bignum_set_u64(adder_bignum_t *b, uint64_t v) {
    b->limb[0] = (uint32_t)v;
    b->limb[1] = (uint32_t)(v >> 32);
    b->n = 2;
    trim(b);
}

void adder_bignum_shl(adder_bignum_t *b, unsigned bits) {
    unsigned words = bits / 32, rem = bits % 32;
    if (b->n == 0)
        return;
    if (words) {
        uint32_t n = b->n + words <= ADDER_BIGNUM_LIMBS ? b->n : ADDER_BIGNUM_LIMBS - words;
        for (uint32_t i = n; i-- > 0;)
            b->limb[i + words] = b->limb[i];
        for (uint32_t i = 0; i < words; i++)
            b->limb[i] = 0;
        b->n = n + words;
    }
    if (rem) {
        uint32_t carry = 0;
        for (uint32_t i = words; i < b->n; i++) {
            uint32_t v = b->limb[i];
            b->limb[i] = (v << rem) | carry;
            carry = v >> (32 - rem);
        }
        push_limb(b, carry);
    }
}

void adder_bignum_mul_small(adder_bignum_t *b, uint32_t m) {
    uint64_t carry = 0;
    for (uint32_t i = 0; i < b->n; i++) {
        uint64_t v = (uint64_t)b->limb[i] * m + carry;
        b->limb[i] = (uint32_t)v;
        carry = v >> 32;
    }
    push_limb(b, (uint32_t)carry);
    if (m == 0)
        b->n = 0;
}

/* 10^9 is the largest power of ten in a limb. */
#define POW10_LIMB_EXP (9)
#define POW10_LIMB (1000000000u)

void adder_bignum_mul_pow10(adder_bignum_t *b, unsigned e) {
    static const uint32_t small[POW10_LIMB_EXP] = {1,      10,      100,      1000,     10000,
                                                    100000, 1000000, 10000000, 100000000};
    for (; e >= POW10_LIMB_EXP; e -= POW10_LIMB_EXP)
        adder_bignum_mul_small(b, POW10_LIMB);
    if (e)
        adder_bignum_mul_small(b, small[e]);
}

void adder_bignum_add(adder_bignum_t *out, const adder_bignum_t *a, const adder_bignum_t *b) {
    uint32_t n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t v = carry;
        if (i < a->n)
            v += a->limb[i];
        if (i < b->n)
            v += b->limb[i];
        out->limb[i] = (uint32_t)v;
        carry = v >> 32;
    }
    out->n = n;
    push_limb(out, (uint32_t)carry);
}

void adder_bignum_sub(adder_bignum_t *a, const adder_bignum_t *b) {
    uint32_t borrow = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        uint64_t sub = (uint64_t)(i < b->n ? b->limb[i] : 0) + borrow;
        borrow = a->limb[i] < sub;
        a->limb[i] = (uint32_t)((uint64_t)a->limb[i] - sub);
    }
    trim(a);
}

int adder_bignum_cmp(const adder_bignum_t *a, const adder_bignum_t *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (uint32_t i = a->n; i-- > 0;) {
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    }
    return 0;
}

unsigned adder_bignum_divmod_digit(adder_bignum_t *a, const adder_bignum_t *b) {
    unsigned q = 0;
    while (adder_bignum_cmp(a, b) >= 0) {
        adder_bignum_sub(a, b);
        q++;
    }
    return q;
}

/* tests/unit/test_rt_fixed.c: runtime/fixed.c, the checked fixed-width
 * integer operations of the `adder` module (adder/fixed.h): Python floor
 * division and modulo then wrapping, shifts by any count, wrapping **,
 * float -> fixed conversion and u64 formatting. */
#include "adder/exc.h"
#include "adder/fixed.h"
#include "adder/str.h"

#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

static uint64_t sx(int64_t v) { return (uint64_t)v; }

static int64_t bin_s(int op, unsigned bits, int64_t a, int64_t b) {
    uint64_t out = 0;
    cr_assert_eq(adder_fix_bin(op, bits, 1, sx(a), sx(b), &out), 0);
    return (int64_t)out;
}

Test(fixed, floor_division_signed) {
    cr_expect_eq((int8_t)bin_s(ADDER_FIX_FLOORDIV, 8, -7, 2), -4);
    cr_expect_eq((int8_t)bin_s(ADDER_FIX_MOD, 8, -7, 2), 1);
    cr_expect_eq((int8_t)bin_s(ADDER_FIX_MOD, 8, 7, -2), -1);
    cr_expect_eq((int8_t)bin_s(ADDER_FIX_FLOORDIV, 8, -128, -1), -128);
    cr_expect_eq(bin_s(ADDER_FIX_FLOORDIV, 64, INT64_MIN, -1), INT64_MIN);
    cr_expect_eq(bin_s(ADDER_FIX_MOD, 64, INT64_MIN, -1), 0);
}

Test(fixed, shifts) {
    uint64_t out;
    cr_expect_eq(adder_fix_bin(ADDER_FIX_LSHIFT, 8, 0, 1, 9, &out), 0);
    cr_expect_eq((uint8_t)out, 0);
    cr_expect_eq(adder_fix_bin(ADDER_FIX_LSHIFT, 64, 0, 1, 200, &out), 0);
    cr_expect_eq(out, 0);
    cr_expect_eq((int8_t)bin_s(ADDER_FIX_RSHIFT, 8, -128, 1), -64);
    cr_expect_eq(bin_s(ADDER_FIX_RSHIFT, 64, -5, 100), -1);
    cr_expect_eq(adder_fix_bin(ADDER_FIX_RSHIFT, 64, 0, UINT64_MAX, 63, &out), 0);
    cr_expect_eq(out, 1);
}

Test(fixed, pow_wraps) {
    uint64_t out;
    cr_expect_eq(adder_fix_bin(ADDER_FIX_POW, 8, 0, 3, 5, &out), 0);
    cr_expect_eq((uint8_t)out, 243);
    cr_expect_eq(adder_fix_bin(ADDER_FIX_POW, 8, 0, 3, 6, &out), 0);
    cr_expect_eq((uint8_t)out, (uint8_t)729);
    cr_expect_eq(adder_fix_bin(ADDER_FIX_POW, 64, 0, 7, 0, &out), 0);
    cr_expect_eq(out, 1);
}

Test(fixed, errors_raise) {
    uint64_t out;
    cr_expect_lt(adder_fix_bin(ADDER_FIX_FLOORDIV, 8, 0, 1, 0, &out), 0);
    adder_exc_clear();
    cr_expect_lt(adder_fix_bin(ADDER_FIX_MOD, 32, 1, 1, 0, &out), 0);
    adder_exc_clear();
    cr_expect_lt(adder_fix_bin(ADDER_FIX_LSHIFT, 32, 1, 1, sx(-1), &out), 0);
    adder_exc_clear();
    cr_expect_lt(adder_fix_bin(ADDER_FIX_POW, 16, 1, 2, sx(-1), &out), 0);
    adder_exc_clear();
    cr_expect_lt(adder_fix_from_f64(NAN, &out), 0);
    adder_exc_clear();
    cr_expect_lt(adder_fix_from_f64(-INFINITY, &out), 0);
    adder_exc_clear();
    int64_t i;
    cr_expect_lt(adder_fix_u64_to_i64(UINT64_MAX, &i), 0);
    adder_exc_clear();
    cr_expect_eq(adder_fix_u64_to_i64(5, &i), 0);
    cr_expect_eq(i, 5);
}

Test(fixed, from_float) {
    uint64_t out;
    cr_expect_eq(adder_fix_from_f64(-3.99, &out), 0);
    cr_expect_eq((uint8_t)out, 253);
    cr_expect_eq(adder_fix_from_f64(300.5, &out), 0);
    cr_expect_eq((uint8_t)out, 44);
    cr_expect_eq(adder_fix_from_f64(1e20, &out), 0);
    cr_expect_eq(out, (uint64_t)7766279631452241920u); /* 10**20 mod 2**64 */
    cr_expect_eq(adder_fix_from_f64(-1e20, &out), 0);
    cr_expect_eq(out, 0u - (uint64_t)7766279631452241920u);
}

Test(fixed, u64_text) {
    adder_str_t *s = adder_str_from_u64(UINT64_MAX);
    cr_assert_not_null(s);
    adder_str_t *z = adder_str_from_u64(0);
    cr_assert_not_null(z);
    adder_str_t *want = adder_str_from_cstr("18446744073709551615");
    cr_expect(adder_str_eq(s, want));
    adder_decref(s);
    adder_decref(z);
    adder_decref(want);
}

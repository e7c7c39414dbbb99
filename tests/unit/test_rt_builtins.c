/* tests/unit/test_rt_builtins.c: the runtime glue of generated code
 * (builtins.h, arith.h) against answers taken from CPython 3.11. */
#include <criterion/criterion.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "adder/builtins.h"

static adder_str_t *S(const char *s) {
    return adder_str_from_cstr(s);
}

/* The pending exception's "Type: message", cleared. */
static void expect_exc(const char *type, const char *msg) {
    adder_exc_t *e = adder_exc_current();
    cr_assert(e, "no exception pending");
    adder_str_t *m = adder_exc_str(e);
    cr_assert_str_eq(e->etype->name, type);
    cr_assert_str_eq(m->data, msg);
    adder_decref(m);
    adder_exc_clear();
}

Test(builtins, int_from_str) {
    static const struct { const char *in; int64_t out; } ok[] = {
        {" 42 ", 42}, {"+7", 7}, {"-0", 0}, {"1_000", 1000}, {"007", 7},
        {"-9223372036854775808", INT64_MIN}, {"\t5\v", 5},
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        adder_str_t *s = S(ok[i].in);
        cr_assert_eq(adder_int_from_str(s), ok[i].out, "%s", ok[i].in);
        cr_assert_not(adder_exc_occurred());
        adder_decref(s);
    }
    static const char *const bad[] = {"", "1__0", "_1", "1_", "0x10", "12a", "+"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        adder_str_t *s = S(bad[i]);
        adder_int_from_str(s);
        char msg[96];
        snprintf(msg, sizeof msg, "invalid literal for int() with base 10: '%s'", bad[i]);
        expect_exc("ValueError", msg);
        adder_decref(s);
    }
}

Test(builtins, int_from_str_base) {
    adder_str_t *s = S("0x_ff");
    cr_assert_eq(adder_int_from_str_base(s, 16), 255);
    cr_assert_eq(adder_int_from_str_base(s, 0), 255);
    adder_decref(s);
    s = S("010");
    adder_int_from_str_base(s, 0);
    expect_exc("ValueError", "invalid literal for int() with base 0: '010'");
    adder_int_from_str_base(s, 1);
    expect_exc("ValueError", "int() base must be >= 2 and <= 36, or 0");
    adder_decref(s);
}

Test(builtins, float_from_str) {
    adder_str_t *s = S(" -Infinity ");
    cr_assert(isinf(adder_float_from_str(s)) && adder_float_from_str(s) < 0);
    adder_decref(s);
    s = S("1_0.5e1");
    cr_assert_eq(adder_float_from_str(s), 105.0);
    adder_decref(s);
    s = S("1e_5");
    adder_float_from_str(s);
    expect_exc("ValueError", "could not convert string to float: '1e_5'");
    adder_decref(s);
}

Test(builtins, rounding) {
    cr_assert_eq(adder_float_round_int(2.5), 2);
    cr_assert_eq(adder_float_round_int(-3.5), -4);
    cr_assert_eq(adder_float_round(2.675, 2), 2.67);
    cr_assert_eq(adder_float_round(0.125, 2), 0.12);
    cr_assert_eq(adder_int_round(25, -1), 20);
    cr_assert_eq(adder_int_round(-35, -1), -40);
    adder_float_round_int(NAN);
    expect_exc("ValueError", "cannot convert float NaN to integer");
}

Test(arith, python_signs) {
    int64_t q, r;
    cr_assert_eq(adder_i64_floordiv(-7, 2, &q), 0);
    cr_assert_eq(q, -4);
    cr_assert_eq(adder_i64_mod(-7, 2, &r), 0);
    cr_assert_eq(r, 1);
    cr_assert_eq(adder_i64_mod(7, -2, &r), 0);
    cr_assert_eq(r, -1);
    double d;
    cr_assert_eq(adder_f64_mod(-0.0, 3.0, &d), 0);
    cr_assert(d == 0.0 && !signbit(d));
    cr_assert_eq(adder_f64_floordiv(-7.0, INFINITY, &d), 0);
    cr_assert_eq(d, -1.0);
    cr_assert_eq(adder_i64_mod(1, 0, &r), -1);
    expect_exc("ZeroDivisionError", "integer modulo by zero");
    cr_assert_eq(adder_f64_floordiv(1.0, 0.0, &d), -1);
    expect_exc("ZeroDivisionError", "float floor division by zero");
}

Test(arith, overflow_and_pow) {
    int64_t v;
    cr_assert_eq(adder_i64_add(INT64_MAX, 1, &v), -1);
    expect_exc("OverflowError", "integer overflow: the result does not fit in 64 bits");
    cr_assert_eq(adder_i64_mul(INT64_MIN, -1, &v), -1);
    adder_exc_clear();
    cr_assert_eq(adder_i64_pow(3, 39, &v), 0);
    cr_assert_eq(v, INT64_C(4052555153018976267));
    cr_assert_eq(adder_i64_pow(3, 40, &v), -1);
    adder_exc_clear();
    cr_assert_eq(adder_i64_shl(1, 62, &v), 0);
    cr_assert_eq(adder_i64_shl(1, 63, &v), -1);
    adder_exc_clear();
    cr_assert_eq(adder_i64_shr(-5, 1, &v), 0);
    cr_assert_eq(v, -3);
    double d;
    cr_assert_eq(adder_f64_pow(0.0, -1.0, &d), -1);
    expect_exc("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    cr_assert_eq(adder_f64_pow(10.0, 400.0, &d), -1);
    expect_exc("OverflowError", "(34, 'Numerical result out of range')");
    cr_assert_eq(adder_int_powmod(3, 200, 13), 9);
    cr_assert_eq(adder_int_powmod(-3, 3, 5), 3);
    cr_assert_eq(adder_int_powmod(2, 5, -7), -3);
}

Test(builtins, list_helpers) {
    adder_list_t *l = adder_list_new_i64(4);
    int64_t xs[] = {3, -1, 2, 3};
    for (int i = 0; i < 4; i++)
        adder_list_append(l, &xs[i]);
    adder_str_t *r = adder_list_repr_i64(l);
    cr_assert_str_eq(r->data, "[3, -1, 2, 3]");
    adder_decref(r);
    adder_list_t *s = adder_list_sorted_i64(l, true);
    r = adder_list_repr_i64(s);
    cr_assert_str_eq(r->data, "[3, 3, 2, -1]");
    adder_decref(r);
    cr_assert_eq(adder_list_min_i64(l), -1);
    cr_assert_eq(adder_list_sum_i64(l), 7);
    cr_assert(adder_list_eq_i64(l, l));
    cr_assert_not(adder_list_eq_i64(l, s));
    adder_list_index_i64(l, 9);
    expect_exc("ValueError", "9 is not in list");
    adder_list_clear(s);
    adder_list_max_i64(s);
    expect_exc("ValueError", "max() arg is an empty sequence");
    adder_decref(s);
    adder_decref(l);
}

Test(builtins, strs_and_format) {
    adder_str_t *spec = S(">8.3f");
    adder_str_t *r = adder_format_float_str(3.14159, spec);
    cr_assert_str_eq(r->data, "   3.142");
    adder_decref(r);
    adder_decref(spec);
    spec = S("x");
    r = adder_format_float_str(1.0, spec);
    cr_assert_null(r);
    expect_exc("ValueError", "Unknown format code 'x' for object of type 'float'");
    adder_decref(spec);
    adder_str_t *s = S("ab");
    adder_str_ord(s);
    expect_exc("TypeError", "ord() expected a character, but string of length 2 found");
    adder_decref(s);
    r = adder_str_chr(0xe9);
    cr_assert_str_eq(r->data, "\xc3\xa9");
    adder_decref(r);
    adder_list_t *b = adder_bytearray_new(2);
    cr_assert_eq(adder_bytearray_append(b, 39), 0);
    r = adder_bytearray_repr(b);
    cr_assert_str_eq(r->data, "bytearray(b\"\\x00\\x00\\'\")");
    adder_decref(r);
    cr_assert_eq(adder_bytearray_append(b, 256), -1);
    expect_exc("ValueError", "byte must be in range(0, 256)");
    adder_decref(b);
    adder_raise_unpack_error(3, 2);
    expect_exc("ValueError", "too many values to unpack (expected 2)");
    adder_raise_unpack_error(1, 2);
    expect_exc("ValueError", "not enough values to unpack (expected 2, got 1)");
}

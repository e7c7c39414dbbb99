/* tests/unit/test_rt_format.c: the runtime's number formatting against
 * values printed by CPython 3.11 (repr, format, hex/oct/bin). The broad
 * random comparison lives in tests/rt_format_fuzz.py; these pin the edge
 * cases by name. */
#include "adder/format.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define OUT_MAX (4096)

static const char *repr(double v) {
    static char buf[ADDER_FLOAT_REPR_MAX];
    size_t n = adder_float_repr(buf, v);
    cr_assert_eq(strlen(buf), n);
    cr_assert_lt(n, ADDER_FLOAT_REPR_MAX);
    return buf;
}

/* format(v, spec) through parse + render; "ERR <message>" on errors. */
typedef enum { VAL_FLOAT, VAL_INT, VAL_STR } ValKind;

static const char *render(ValKind kind, double f, int64_t i, const char *s, const char *spec_text) {
    static char out[OUT_MAX];
    adder_format_spec_t spec;
    size_t sl = strlen(spec_text);
    const char *type = kind == VAL_FLOAT ? "float" : kind == VAL_INT ? "int" : "str";
    int64_t n = adder_format_spec_parse(spec_text, sl, &spec);
    if (n == 0) {
        n = kind == VAL_FLOAT ? adder_format_float_spec(out, sizeof out - 1, f, &spec)
          : kind == VAL_INT   ? adder_format_int_spec(out, sizeof out - 1, i, &spec)
                              : adder_format_str_spec(out, sizeof out - 1, s, strlen(s), &spec);
    }
    if (n < 0) {
        char msg[ADDER_FORMAT_ERROR_MAX];
        adder_format_error_text(msg, sizeof msg, (int)n, &spec, spec_text, sl, type);
        snprintf(out, sizeof out, "ERR %s", msg);
        return out;
    }
    cr_assert_lt(n, (int64_t)sizeof out);
    out[n] = '\0';
    return out;
}

static const char *ffmt(double v, const char *spec) { return render(VAL_FLOAT, v, 0, NULL, spec); }
static const char *ifmt(int64_t v, const char *spec) { return render(VAL_INT, 0, v, NULL, spec); }
static const char *sfmt(const char *v, const char *spec) { return render(VAL_STR, 0, 0, v, spec); }

Test(float_repr, shortest_round_trip) {
    cr_assert_str_eq(repr(0.1), "0.1");
    cr_assert_str_eq(repr(1.0 / 3), "0.3333333333333333");
    cr_assert_str_eq(repr(2.0 / 3), "0.6666666666666666");
    cr_assert_str_eq(repr(0.1 + 0.2), "0.30000000000000004");
    cr_assert_str_eq(repr(9.223372036854775808e18), "9.223372036854776e+18");
    cr_assert_str_eq(repr(9007199254740993.0), "9007199254740992.0");
}

Test(float_repr, extremes) {
    cr_assert_str_eq(repr(5e-324), "5e-324");
    cr_assert_str_eq(repr(1e-323), "1e-323");
    cr_assert_str_eq(repr(1.7976931348623157e308), "1.7976931348623157e+308");
    cr_assert_str_eq(repr(2.2250738585072014e-308), "2.2250738585072014e-308");
}

Test(float_repr, exponent_threshold) {
    cr_assert_str_eq(repr(1e16), "1e+16");
    cr_assert_str_eq(repr(1e15), "1000000000000000.0");
    cr_assert_str_eq(repr(1e22), "1e+22");
    cr_assert_str_eq(repr(1e-5), "1e-05");
    cr_assert_str_eq(repr(0.0001), "0.0001");
    cr_assert_str_eq(repr(1.5e-7), "1.5e-07");
    cr_assert_str_eq(repr(1.2345678901234567e20), "1.2345678901234567e+20");
}

Test(float_repr, positional) {
    cr_assert_str_eq(repr(100.0), "100.0");
    cr_assert_str_eq(repr(0.001), "0.001");
    cr_assert_str_eq(repr(123456789012345.0), "123456789012345.0");
    cr_assert_str_eq(repr(0.0), "0.0");
}

Test(float_repr, specials) {
    cr_assert_str_eq(repr(-0.0), "-0.0");
    cr_assert_str_eq(repr(INFINITY), "inf");
    cr_assert_str_eq(repr(-INFINITY), "-inf");
    cr_assert_str_eq(repr(NAN), "nan");
    cr_assert_str_eq(repr(-NAN), "nan");
}

Test(int_format, decimal) {
    char buf[ADDER_INT_DEC_MAX];
    cr_assert_eq(adder_format_int(buf, 0), 1);
    cr_assert_str_eq(buf, "0");
    adder_format_int(buf, -42);
    cr_assert_str_eq(buf, "-42");
    cr_assert_eq(adder_format_int(buf, INT64_MIN), 20);
    cr_assert_str_eq(buf, "-9223372036854775808");
    adder_format_int(buf, INT64_MAX);
    cr_assert_str_eq(buf, "9223372036854775807");
}

Test(int_format, hex_oct_bin) {
    char buf[ADDER_INT_BIN_MAX];
    adder_format_int_hex(buf, -31);
    cr_assert_str_eq(buf, "-0x1f");
    adder_format_int_hex(buf, 0);
    cr_assert_str_eq(buf, "0x0");
    adder_format_int_oct(buf, 255);
    cr_assert_str_eq(buf, "0o377");
    adder_format_int_bin(buf, -1);
    cr_assert_str_eq(buf, "-0b1");
    cr_assert_eq(adder_format_int_hex(buf, INT64_MIN), ADDER_INT_HEX_MAX - 1);
    cr_assert_str_eq(buf, "-0x8000000000000000");
    cr_assert_eq(adder_format_int_oct(buf, INT64_MIN), ADDER_INT_OCT_MAX - 1);
    cr_assert_eq(adder_format_int_bin(buf, INT64_MIN), ADDER_INT_BIN_MAX - 1);
}

Test(float_spec, fixed_rounds_exact_value) {
    cr_assert_str_eq(ffmt(2.675, ".9f"), "2.675000000");
    cr_assert_str_eq(ffmt(2.675, ".2f"), "2.67"); /* 2.67499999... */
    cr_assert_str_eq(ffmt(2.5, ".0f"), "2");
    cr_assert_str_eq(ffmt(1.5, ".0f"), "2");
    cr_assert_str_eq(ffmt(0.5, ".0f"), "0");
    cr_assert_str_eq(ffmt(0.125, ".2f"), "0.12");
    cr_assert_str_eq(ffmt(9.999, ".2f"), "10.00");
    cr_assert_str_eq(ffmt(0.1, ".20f"), "0.10000000000000000555");
}

Test(float_spec, fixed_large_exact_expansion) {
    const char *want = "1000000000000000015902891109759918046836080856394528138978132755774783877217038"
                       "1060813469985856815104.000000";
    cr_assert_str_eq(ffmt(1e100, "f"), want);
    cr_assert_eq(strlen(ffmt(1e100, "f")), 101 + 7);
}

Test(float_spec, grouping_and_padding) {
    cr_assert_str_eq(ffmt(1234567.891, ",.2f"), "1,234,567.89");
    cr_assert_str_eq(ffmt(1234.5, "_.1f"), "1_234.5");
    cr_assert_str_eq(ffmt(1234.5, "010,.1f"), "0,001,234.5");
    cr_assert_str_eq(ffmt(-1.5, "+010.2f"), "-000001.50");
    cr_assert_str_eq(ffmt(3.14159, "*^12.3f"), "***3.142****");
    cr_assert_str_eq(ffmt(1e301, "010"), "00001e+301");
}

Test(float_spec, percent_and_exponent) {
    cr_assert_str_eq(ffmt(0.5, "%"), "50.000000%");
    cr_assert_str_eq(ffmt(1e-10, "%"), "0.000000%");
    cr_assert_str_eq(ffmt(123.456, "e"), "1.234560e+02");
    cr_assert_str_eq(ffmt(12345.678, "E"), "1.234568E+04");
    cr_assert_str_eq(ffmt(5e-324, ".3e"), "4.941e-324");
}

Test(float_spec, general) {
    cr_assert_str_eq(ffmt(1e-5, "g"), "1e-05");
    cr_assert_str_eq(ffmt(123456789.0, "g"), "1.23457e+08");
    cr_assert_str_eq(ffmt(0.0001, "g"), "0.0001");
    cr_assert_str_eq(ffmt(100000.0, "g"), "100000");
    cr_assert_str_eq(ffmt(1e6, "g"), "1e+06");
    cr_assert_str_eq(ffmt(9.9999, ".3g"), "10");
    cr_assert_str_eq(ffmt(1.7976931348623157e308, ".5g"), "1.7977e+308");
    cr_assert_str_eq(ffmt(1.0, "#g"), "1.00000");
}

Test(float_spec, no_type) {
    cr_assert_str_eq(ffmt(1e16, ""), "1e+16");
    cr_assert_str_eq(ffmt(1.0, ".3"), "1.0");
    cr_assert_str_eq(ffmt(123.0, ".3"), "1.23e+02");
    cr_assert_str_eq(ffmt(1e100, ".3"), "1e+100");
}

Test(float_spec, alternate_and_specials) {
    cr_assert_str_eq(ffmt(1.0, "#.0f"), "1.");
    cr_assert_str_eq(ffmt(-0.0, "z.1f"), "0.0");
    cr_assert_str_eq(ffmt(-0.001, "z.1f"), "0.0");
    cr_assert_str_eq(ffmt(INFINITY, "F"), "INF");
    cr_assert_str_eq(ffmt(NAN, "+e"), "+nan");
    cr_assert_str_eq(ffmt(INFINITY, "010"), "0000000inf");
}

Test(int_spec, decimal_layout) {
    cr_assert_str_eq(ifmt(-42, "08d"), "-0000042");
    cr_assert_str_eq(ifmt(42, "*^9"), "***42****");
    cr_assert_str_eq(ifmt(42, "+"), "+42");
    cr_assert_str_eq(ifmt(42, " "), " 42");
    cr_assert_str_eq(ifmt(42, "<6"), "42    ");
    cr_assert_str_eq(ifmt(123, "x<+8"), "+123xxxx");
    cr_assert_str_eq(ifmt(INT64_MIN, ""), "-9223372036854775808");
}

Test(int_spec, prefixes) {
    cr_assert_str_eq(ifmt(255, "#x"), "0xff");
    cr_assert_str_eq(ifmt(255, "#X"), "0XFF");
    cr_assert_str_eq(ifmt(255, "#o"), "0o377");
    cr_assert_str_eq(ifmt(5, "#b"), "0b101");
    cr_assert_str_eq(ifmt(-255, "#010x"), "-0x00000ff");
    cr_assert_str_eq(ifmt(INT64_MIN, "#x"), "-0x8000000000000000");
}

Test(int_spec, grouping) {
    cr_assert_str_eq(ifmt(1234567, ","), "1,234,567");
    cr_assert_str_eq(ifmt(1234567, "_"), "1_234_567");
    cr_assert_str_eq(ifmt(0xdeadbeef, "_x"), "dead_beef");
    cr_assert_str_eq(ifmt(0xdeadbeef, "#_x"), "0xdead_beef");
    cr_assert_str_eq(ifmt(1234, "08,"), "0,001,234"); /* one longer than the width */
    cr_assert_str_eq(ifmt(-255, "#010_x"), "-0x00_00ff");
}

Test(int_spec, float_types) {
    cr_assert_str_eq(ifmt(3, ".2f"), "3.00");
    cr_assert_str_eq(ifmt(1000000000000000, "e"), "1.000000e+15");
    cr_assert_str_eq(ifmt(7, "%"), "700.000000%");
}

Test(str_spec, align_and_truncate) {
    cr_assert_str_eq(sfmt("hello", "10"), "hello     ");
    cr_assert_str_eq(sfmt("hello", ">10"), "     hello");
    cr_assert_str_eq(sfmt("hello", "^11"), "   hello   ");
    cr_assert_str_eq(sfmt("hello", ".3"), "hel");
    cr_assert_str_eq(sfmt("", "3"), "   ");
    cr_assert_str_eq(sfmt("abc", "05"), "abc00");
}

Test(str_spec, utf8_counts_code_points) {
    cr_assert_str_eq(sfmt("h\xc3\xa9llo", "*^9.2"), "***h\xc3\xa9****");
    cr_assert_str_eq(sfmt("abc", "\xe2\x82\xac>5"), "\xe2\x82\xac\xe2\x82\xac" "abc");
}

Test(format_errors, parse) {
    cr_assert_str_eq(ffmt(1.0, "abc"), "ERR Invalid format specifier 'abc' for object of type 'float'");
    cr_assert_str_eq(ffmt(1.0, "."), "ERR Format specifier missing precision");
    cr_assert_str_eq(ffmt(1.0, ",_"), "ERR Cannot specify both ',' and '_'.");
    cr_assert_str_eq(ffmt(1.0, "99999999999999999999"), "ERR Too many decimal digits in format string");
    cr_assert_str_eq(ifmt(1, ",x"), "ERR Cannot specify ',' with 'x'.");
    cr_assert_str_eq(sfmt("a", "_"), "ERR Cannot specify '_' with 's'.");
    cr_assert_str_eq(ffmt(1.0, ",,"), "ERR Cannot specify ',' with ','.");
}

Test(format_errors, per_type) {
    cr_assert_str_eq(ffmt(1.0, "x"), "ERR Unknown format code 'x' for object of type 'float'");
    cr_assert_str_eq(ffmt(1.0, "\xc3\xa9"), "ERR Unknown format code '\\xe9' for object of type 'float'");
    cr_assert_str_eq(ifmt(1, ".2"), "ERR Precision not allowed in integer format specifier");
    cr_assert_str_eq(ifmt(1, "zd"), "ERR Negative zero coercion (z) not allowed in integer format specifier");
    cr_assert_str_eq(sfmt("a", "+"), "ERR Sign not allowed in string format specifier");
    cr_assert_str_eq(sfmt("a", " "), "ERR Space not allowed in string format specifier");
    cr_assert_str_eq(sfmt("a", "#"), "ERR Alternate form (#) not allowed in string format specifier");
    cr_assert_str_eq(sfmt("a", "="), "ERR '=' alignment not allowed in string format specifier");
    cr_assert_str_eq(sfmt("a", "d"), "ERR Unknown format code 'd' for object of type 'str'");
    cr_assert_str_eq(ffmt(1.0, ".2147483648f"), "ERR precision too big");
}

Test(format_buffer, returns_needed_length) {
    adder_format_spec_t spec;
    char small[4] = {'#', '#', '#', '#'};
    cr_assert_eq(adder_format_spec_parse(".50f", 4, &spec), 0);
    int64_t n = adder_format_float_spec(small, 3, 1.0, &spec);
    cr_assert_eq(n, 52);
    cr_assert(memcmp(small, "1.0#", 4) == 0);
    cr_assert_eq(adder_format_spec_parse(">1000000000000", 14, &spec), 0);
    cr_assert_eq(adder_format_int_spec(small, 0, 5, &spec), 1000000000000);
}

Test(format_errors, message_templates) {
    cr_assert_str_eq(adder_format_error_message(ADDER_FORMAT_ERR_MISSING_PRECISION),
                     "Format specifier missing precision");
    cr_assert_str_eq(adder_format_error_message(0), "");
}

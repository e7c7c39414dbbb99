/* adder/format.h: number and string formatting, exactly as CPython 3.11.
 *
 * Everything here writes into caller buffers and never allocates, uses no
 * libc printf/strtod and no floating-point library calls, so host and
 * firmware print the same bytes.
 *
 *  - adder_format_int / _hex / _oct / _bin: str(), hex(), oct(), bin() of
 *    an int64_t. Fixed maximum sizes, NUL-terminated.
 *  - adder_float_repr: repr(float) == str(float), the shortest digit string
 *    that reads back as the same double. NUL-terminated.
 *  - the format-spec mini-language (format(), f-strings, str.format):
 *    adder_format_spec_parse() parses a spec once (the compiler does it at
 *    compile time for constant specs); adder_format_{int,float,str}_spec()
 *    render a value. They work like snprintf: they write at most cap bytes
 *    (no NUL), and return the full length needed, so a caller whose buffer
 *    was too small allocates that many bytes and calls again. Errors are
 *    negative adder_format_err_t codes; adder_format_error_text() gives
 *    CPython's ValueError message for them.
 */
#ifndef ADDER_FORMAT_H
#define ADDER_FORMAT_H

#include <stddef.h>
#include <stdint.h>

/* Buffer sizes, NUL included. */
#define ADDER_INT_DEC_MAX (21)   /* "-9223372036854775808" */
#define ADDER_INT_HEX_MAX (20)   /* "-0x8000000000000000" */
#define ADDER_INT_OCT_MAX (26)   /* "-0o1000000000000000000000" */
#define ADDER_INT_BIN_MAX (68)   /* "-0b1" followed by 63 zeros */
#define ADDER_FLOAT_REPR_MAX (32) /* "-2.2250738585072014e-308" is 24 */
/* Enough for any adder_format_error_text() with a spec of up to 64 bytes. */
#define ADDER_FORMAT_ERROR_MAX (192)

/* Writes str(v) / hex(v) / oct(v) / bin(v); returns the length. */
size_t adder_format_int(char *buf, int64_t v);
size_t adder_format_int_hex(char *buf, int64_t v);
size_t adder_format_int_oct(char *buf, int64_t v);
size_t adder_format_int_bin(char *buf, int64_t v);

/* Writes repr(v) ("0.1", "1e+16", "-0.0", "inf", "nan"); returns the
 * length (< ADDER_FLOAT_REPR_MAX). */
size_t adder_float_repr(char *buf, double v);

/* The parsed form of
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * Fields keep what was written; defaults that depend on the value's type
 * (alignment, the '0' flag's '=' alignment) are applied when formatting. */
typedef struct {
    uint32_t fill;      /* code point, ' ' unless given */
    char fill_utf8[4];  /* fill encoded in UTF-8 */
    uint8_t fill_len;   /* bytes in fill_utf8 */
    char align;         /* '<' '>' '^' '=' or 0 when not given */
    char sign;          /* '+' '-' ' ' or 0 */
    char grouping;      /* ',' '_' or 0 */
    uint8_t no_neg_zero; /* 'z': -0.0 after rounding prints as 0.0 */
    uint8_t alternate;   /* '#' */
    uint8_t zero_pad;    /* '0' before the width with no explicit fill */
    int64_t width;       /* -1 when not given */
    int64_t precision;   /* -1 when not given */
    uint32_t type;       /* code point of the type letter, 0 when none */
} adder_format_spec_t;

/* Errors, as negative return values. The X-macro gives each code its
 * CPython message template: %c is the type letter, %g the grouping char,
 * %s the spec text and %t the value's type name. */
#define ADDER_FORMAT_ERRORS(X) \
    X(INVALID, "Invalid format specifier '%s' for object of type '%t'") \
    X(MISSING_PRECISION, "Format specifier missing precision") \
    X(TOO_MANY_DIGITS, "Too many decimal digits in format string") \
    X(BOTH_SEPARATORS, "Cannot specify both ',' and '_'.") \
    X(SEPARATOR_TYPE, "Cannot specify '%g' with '%c'.") \
    X(UNKNOWN_CODE, "Unknown format code '%c' for object of type '%t'") \
    X(STR_SIGN, "Sign not allowed in string format specifier") \
    X(STR_SPACE, "Space not allowed in string format specifier") \
    X(STR_ALTERNATE, "Alternate form (#) not allowed in string format specifier") \
    X(STR_EQ_ALIGN, "'=' alignment not allowed in string format specifier") \
    X(STR_NO_NEG_ZERO, "Negative zero coercion (z) not allowed in string format specifier") \
    X(INT_PRECISION, "Precision not allowed in integer format specifier") \
    X(INT_NO_NEG_ZERO, "Negative zero coercion (z) not allowed in integer format specifier") \
    X(PRECISION_TOO_BIG, "precision too big") \
    X(UNSUPPORTED, "format code '%c' is not supported by Adder")

typedef enum {
    ADDER_FORMAT_OK = 0,
#define ADDER_FORMAT_ERR_ENUM(name, msg) ADDER_FORMAT_ERR_##name,
    ADDER_FORMAT_ERR_FIRST_ = -100,
    ADDER_FORMAT_ERRORS(ADDER_FORMAT_ERR_ENUM)
#undef ADDER_FORMAT_ERR_ENUM
    ADDER_FORMAT_ERR_END_
} adder_format_err_t;

/* Parses spec[0..len) (UTF-8). Returns 0 or a negative error code; out is
 * filled as far as parsing got (its type field is valid for messages). */
int adder_format_spec_parse(const char *spec, size_t len, adder_format_spec_t *out);

/* format(v, spec) for an int (types d b o x X, none, and the float types
 * e E f F g G % applied to float(v)). Returns the length or an error. */
int64_t adder_format_int_spec(char *buf, size_t cap, int64_t v, const adder_format_spec_t *spec);
/* format(v, spec) for a float (types e E f F g G % and none). */
int64_t adder_format_float_spec(char *buf, size_t cap, double v, const adder_format_spec_t *spec);
/* format(s, spec) for a str of n UTF-8 bytes (type s or none); widths and
 * precision count code points. */
int64_t adder_format_str_spec(char *buf, size_t cap, const char *s, size_t n,
                              const adder_format_spec_t *spec);

/* The message template of an error code (see ADDER_FORMAT_ERRORS). */
const char *adder_format_error_message(int code);
/* Writes the complete CPython message for an error into buf (at most cap
 * bytes, NUL-terminated when cap > 0); spec may be NULL if parsing failed
 * before the type letter. Returns the length it needed. */
size_t adder_format_error_text(char *buf, size_t cap, int code, const adder_format_spec_t *spec,
                               const char *spec_text, size_t spec_len, const char *type_name);

#endif

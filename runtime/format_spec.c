/* runtime/format_spec.c: the format-spec mini-language, as CPython 3.11.
 *
 *   format_spec = [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * adder_format_spec_parse() is parse_internal_render_format_spec() of
 * Python/formatter_unicode.c: the same order of fields and the same error
 * for each malformed spec. It does not depend on the value's type; the
 * type's defaults (alignment, the grouping/type check with the default
 * type letter) are applied by the adder_format_*_spec() functions.
 *
 * The numeric layout is calc_number_widths()/fill_number() of the same
 * file, with _PyUnicode_InsertThousandsGrouping's zero padding: with fill
 * '0' and '=' alignment the padding zeros are grouped too ("0,001,234"),
 * and a field that would start with a separator gets one more zero.
 * All widths count code points; the sink counts bytes. */
#include "format_internal.h"

#include "adder/config.h"

#include <string.h>

/* Width and precision are Py_ssize_t in CPython: larger is an error. */
#define SPEC_INT_MAX (INT64_MAX)

/* ---- output sink ---- */

void adder_fmt_put(adder_fmt_out_t *out, char c) {
    if (out->len < out->cap)
        out->buf[out->len] = c;
    out->len++;
}

void adder_fmt_puts(adder_fmt_out_t *out, const char *s, size_t n) {
    for (size_t i = 0; i < n && out->len + i < out->cap; i++)
        out->buf[out->len + i] = s[i];
    out->len += n;
}

void adder_fmt_fill(adder_fmt_out_t *out, const char *c, size_t n_bytes, uint64_t n) {
    uint64_t end = out->len + n * n_bytes;
    while (n-- > 0 && !adder_fmt_full(out))
        adder_fmt_puts(out, c, n_bytes);
    out->len = end;
}

int64_t adder_fmt_result(const adder_fmt_out_t *out) {
    return out->len > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)out->len;
}

/* ---- UTF-8 ---- */

/* Decodes one code point at s[0..n); malformed bytes stand for themselves. */
static size_t utf8_decode(const char *s, size_t n, uint32_t *cp) {
    unsigned char c = (unsigned char)s[0];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
    if (len > n)
        len = 1;
    uint32_t v = len == 1 ? c : (uint32_t)(c & (0x7f >> len));
    for (size_t i = 1; i < len; i++) {
        if (((unsigned char)s[i] & 0xc0) != 0x80) {
            *cp = c;
            return 1;
        }
        v = (v << 6) | ((unsigned char)s[i] & 0x3f);
    }
    *cp = v;
    return len;
}

static size_t utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; count++) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
    }
    return count;
}

/* ---- parsing ---- */

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(char c) { return c == '+' || c == '-' || c == ' '; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* integer = digit* ; returns digits consumed or -1 on overflow */
static int get_integer(const char *s, size_t len, size_t *pos, int64_t *result) {
    int64_t acc = 0;
    int n = 0;
    for (; *pos < len && is_digit(s[*pos]); (*pos)++, n++) {
        int d = s[*pos] - '0';
        if (acc > (SPEC_INT_MAX - d) / 10)
            return -1;
        acc = acc * 10 + d;
    }
    *result = acc;
    return n;
}

static void spec_init(adder_format_spec_t *out) {
    memset(out, 0, sizeof *out);
    out->fill = ' ';
    out->fill_utf8[0] = ' ';
    out->fill_len = 1;
    out->width = -1;
    out->precision = -1;
}

/* [[fill]align]: the fill is any code point followed by an align char. */
static bool fill_align(const char *s, size_t len, size_t *pos, adder_format_spec_t *out) {
    uint32_t cp;
    size_t n = len ? utf8_decode(s, len, &cp) : 0;
    if (len > n && is_align(s[n])) {
        out->fill = cp;
        memcpy(out->fill_utf8, s, n);
        out->fill_len = (uint8_t)n;
        out->align = s[n];
        *pos = n + 1;
        return true;
    }
    if (len >= 1 && is_align(s[0])) {
        out->align = s[0];
        *pos = 1;
    }
    return false;
}

/* grouping = ["," | "_"], one of them at most */
static int grouping(const char *s, size_t len, size_t *pos, adder_format_spec_t *out) {
    if (*pos < len && s[*pos] == ',') {
        out->grouping = ',';
        (*pos)++;
    }
    if (*pos < len && s[*pos] == '_') {
        if (out->grouping)
            return ADDER_FORMAT_ERR_BOTH_SEPARATORS;
        out->grouping = '_';
        (*pos)++;
    }
    if (*pos < len && s[*pos] == ',' && out->grouping == '_')
        return ADDER_FORMAT_ERR_BOTH_SEPARATORS;
    return 0;
}

/* "." precision, precision = digit+ */
static int precision(const char *s, size_t len, size_t *pos, adder_format_spec_t *out) {
    if (*pos >= len || s[*pos] != '.')
        return 0;
    (*pos)++;
    int n = get_integer(s, len, pos, &out->precision);
    if (n < 0)
        return ADDER_FORMAT_ERR_TOO_MANY_DIGITS;
    if (n == 0)
        return ADDER_FORMAT_ERR_MISSING_PRECISION;
    return 0;
}

int adder_format_spec_parse(const char *s, size_t len, adder_format_spec_t *out) {
    size_t pos = 0;
    spec_init(out);
    bool fill_given = fill_align(s, len, &pos, out);
    if (pos < len && is_sign(s[pos]))
        out->sign = s[pos++];
    if (pos < len && s[pos] == 'z') {
        out->no_neg_zero = 1;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        out->alternate = 1;
        pos++;
    }
    if (!fill_given && pos < len && s[pos] == '0') {
        out->zero_pad = 1;
        pos++;
    }
    int n = get_integer(s, len, &pos, &out->width);
    if (n < 0)
        return ADDER_FORMAT_ERR_TOO_MANY_DIGITS;
    if (n == 0)
        out->width = -1;
    int err = grouping(s, len, &pos, out);
    if (!err)
        err = precision(s, len, &pos, out);
    if (err)
        return err;
    if (utf8_count(s + pos, len - pos) > 1)
        return ADDER_FORMAT_ERR_INVALID;
    if (pos < len)
        utf8_decode(s + pos, len - pos, &out->type);
    return 0;
}

/* The grouping/type check of the parser, with the value type's default
 * type letter ('d' for int, 's' for str, none for float). */
int adder_fmt_check_grouping(const adder_format_spec_t *spec, uint32_t default_type) {
    uint32_t type = spec->type ? spec->type : default_type;
    if (!spec->grouping)
        return 0;
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        return spec->grouping == '_' ? 0 : ADDER_FORMAT_ERR_SEPARATOR_TYPE;
    default:
        return ADDER_FORMAT_ERR_SEPARATOR_TYPE;
    }
}

/* ---- layout ---- */

void adder_fmt_layout_init(adder_fmt_layout_t *lay, const adder_format_spec_t *spec, char default_align) {
    lay->spec = spec;
    lay->align = spec->align ? spec->align : default_align;
    lay->fill = spec->fill_utf8;
    lay->fill_len = spec->fill_len;
    if (spec->zero_pad) {
        lay->fill = "0";
        lay->fill_len = 1;
        if (!spec->align && default_align == '>')
            lay->align = '=';
    }
    lay->zero_fill = lay->fill_len == 1 && lay->fill[0] == '0';
}

void adder_fmt_pad(adder_fmt_out_t *out, const adder_fmt_layout_t *lay, uint64_t n) {
    adder_fmt_fill(out, lay->fill, lay->fill_len, n);
}

/* Number of digit characters (zeros included) in the grouped field: the
 * fewest with at least n digits whose grouped length reaches min_width. */
static uint64_t grouped_chars(uint64_t n, int64_t min_width, unsigned group) {
    uint64_t w = min_width > 0 ? (uint64_t)min_width : 0;
    if (group == 0)
        return n > w ? n : w;
    uint64_t chars = w > 0 ? w - (w - 1) / (group + 1) : n;
    if (chars < n)
        chars = n;
    while (chars > n && chars - 1 + (chars - 2) / group >= w)
        chars--;
    while (chars + (chars - 1) / group < w)
        chars++;
    return chars;
}

static void put_grouped(adder_fmt_out_t *out, const adder_fmt_number_t *num, uint64_t chars, char sep) {
    uint64_t end = out->len + chars + (num->group ? (chars - 1) / num->group : 0);
    for (uint64_t i = 0; i < chars && !adder_fmt_full(out); i++) {
        uint64_t from_right = chars - 1 - i;
        adder_fmt_put(out, from_right < num->n_digits ? num->digit(num->ctx, num->n_digits - 1 - from_right) : '0');
        if (num->group && from_right > 0 && from_right % num->group == 0)
            adder_fmt_put(out, sep);
    }
    out->len = end;
}

static char sign_char(char spec_sign, char value_sign) {
    if (value_sign == '-')
        return '-';
    return spec_sign == '+' || spec_sign == ' ' ? spec_sign : 0;
}

uint64_t adder_fmt_number_begin(adder_fmt_out_t *out, const adder_fmt_layout_t *lay,
                                const adder_fmt_number_t *num) {
    const adder_format_spec_t *spec = lay->spec;
    char sign = sign_char(spec->sign, num->sign);
    uint64_t fixed = (sign ? 1 : 0) + num->n_prefix + num->n_rest;
    int64_t min_width = lay->zero_fill && lay->align == '=' ? spec->width - (int64_t)fixed : 0;
    uint64_t chars = num->n_digits ? grouped_chars(num->n_digits, min_width, num->group) : 0;
    uint64_t used = fixed + chars + (num->group && chars ? (chars - 1) / num->group : 0);
    uint64_t pad = spec->width > 0 && (uint64_t)spec->width > used ? (uint64_t)spec->width - used : 0;
    uint64_t lpad = 0, spad = 0, rpad = 0;
    switch (lay->align) {
    case '<': rpad = pad; break;
    case '^': lpad = pad / 2; rpad = pad - lpad; break;
    case '=': spad = pad; break;
    default: lpad = pad; break;
    }
    adder_fmt_pad(out, lay, lpad);
    if (sign)
        adder_fmt_put(out, sign);
    adder_fmt_puts(out, num->prefix, num->n_prefix);
    adder_fmt_pad(out, lay, spad);
    if (chars)
        put_grouped(out, num, chars, spec->grouping);
    return rpad;
}

/* ---- str ---- */

static int str_check(const adder_format_spec_t *spec) {
    int err = adder_fmt_check_grouping(spec, 's');
    if (err)
        return err;
    if (spec->type != 0 && spec->type != 's')
        return ADDER_FORMAT_ERR_UNKNOWN_CODE;
    if (spec->sign)
        return spec->sign == ' ' ? ADDER_FORMAT_ERR_STR_SPACE : ADDER_FORMAT_ERR_STR_SIGN;
    if (spec->no_neg_zero)
        return ADDER_FORMAT_ERR_STR_NO_NEG_ZERO;
    if (spec->alternate)
        return ADDER_FORMAT_ERR_STR_ALTERNATE;
    if (spec->align == '=')
        return ADDER_FORMAT_ERR_STR_EQ_ALIGN;
    return 0;
}

/* Byte length of the first max_chars code points of s. */
static size_t utf8_prefix(const char *s, size_t n, uint64_t max_chars) {
    size_t i = 0;
    for (uint64_t c = 0; c < max_chars && i < n; c++) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
    }
    return i;
}

int64_t adder_format_str_spec(char *buf, size_t cap, const char *s, size_t n,
                              const adder_format_spec_t *spec) {
    int err = str_check(spec);
    if (err)
        return err;
    adder_fmt_out_t out = {buf, cap, 0};
    adder_fmt_layout_t lay;
    adder_fmt_layout_init(&lay, spec, '<');
    uint64_t chars = utf8_count(s, n);
    if (spec->precision >= 0 && chars > (uint64_t)spec->precision) {
        n = utf8_prefix(s, n, (uint64_t)spec->precision);
        chars = (uint64_t)spec->precision;
    }
    uint64_t pad = spec->width > 0 && (uint64_t)spec->width > chars ? (uint64_t)spec->width - chars : 0;
    uint64_t lpad = lay.align == '>' ? pad : lay.align == '^' ? pad / 2 : 0;
    adder_fmt_pad(&out, &lay, lpad);
    adder_fmt_puts(&out, s, n);
    adder_fmt_pad(&out, &lay, pad - lpad);
    return adder_fmt_result(&out);
}

/* ---- error messages ---- */

static const char *const error_messages[] = {
#define ADDER_FORMAT_ERR_TEXT(name, msg) ADDER_ERROR_TEXT(msg),
    ADDER_FORMAT_ERRORS(ADDER_FORMAT_ERR_TEXT)
#undef ADDER_FORMAT_ERR_TEXT
};

#define N_ERRORS (sizeof error_messages / sizeof error_messages[0])

const char *adder_format_error_message(int code) {
    int i = code - ADDER_FORMAT_ERR_FIRST_ - 1;
    if (i < 0 || (size_t)i >= N_ERRORS)
        return "";
    return error_messages[i];
}

/* CPython prints the type letter as itself when printable ASCII, else as
 * \x followed by its hex code. */
static void put_code(adder_fmt_out_t *out, uint32_t c) {
    if (c > 32 && c < 128) {
        adder_fmt_put(out, (char)c);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = hex[c & 0xf];
        c >>= 4;
    } while (c);
    adder_fmt_puts(out, "\\x", 2);
    while (n > 0)
        adder_fmt_put(out, tmp[--n]);
}

/* The type letter an error is about; str and int have default letters. */
static uint32_t error_type(const adder_format_spec_t *spec, const char *type_name) {
    if (spec && spec->type)
        return spec->type;
    if (type_name && strcmp(type_name, "str") == 0)
        return 's';
    return 'd';
}

size_t adder_format_error_text(char *buf, size_t cap, int code, const adder_format_spec_t *spec,
                               const char *spec_text, size_t spec_len, const char *type_name) {
    adder_fmt_out_t out = {buf, cap ? cap - 1 : 0, 0};
    const char *msg = adder_format_error_message(code);
    for (; *msg; msg++) {
        if (msg[0] != '%' || !msg[1]) {
            adder_fmt_put(&out, *msg);
            continue;
        }
        switch (*++msg) {
        case 's': adder_fmt_puts(&out, spec_text, spec_text ? spec_len : 0); break;
        case 't': adder_fmt_puts(&out, type_name, type_name ? strlen(type_name) : 0); break;
        case 'c': put_code(&out, error_type(spec, type_name)); break;
        case 'g': adder_fmt_put(&out, spec && spec->grouping ? spec->grouping : ','); break;
        default: adder_fmt_put(&out, *msg); break;
        }
    }
    if (cap)
        buf[out.len < cap ? out.len : cap - 1] = '\0';
    return (size_t)out.len;
}

/* runtime/str_repr.c: repr() of str, as CPython's unicode_repr writes it:
 * single quotes unless the text holds ' and no ", backslash escapes for
 * the quote, backslash, \t \n \r, other controls and the code points
 * str.isprintable() rejects (\xNN, \uNNNN, \UNNNNNNNN).
 *
 * A file of its own so that programs without any repr link none of it
 * (see adder_str_repr_hook in str.c). */
#include <string.h>

#include "adder/adder.h"
#include "str_internal.h"

adder_str_t *adder_str_repr_hook(const adder_object_t *o);

/* Appends a backslash escape: prefix then ndigits lowercase hex digits. */
static void append_hex_escape(adder_strbuf_t *b, char prefix, uint32_t cp, int ndigits) {
    static const char hex[] = "0123456789abcdef";
    char esc[10];
    esc[0] = '\\';
    esc[1] = prefix;
    for (int i = 0; i < ndigits; i++)
        esc[2 + i] = hex[(cp >> (4 * (ndigits - 1 - i))) & 0xF];
    adder_strbuf_append_utf8(b, esc, (size_t)(2 + ndigits));
}

/* One code point of a repr, as CPython's unicode_repr writes it. */
static void repr_char(adder_strbuf_t *b, uint32_t cp, uint32_t quote) {
    char two[2] = { '\\', 0 };
    if (cp == quote || cp == '\\')
        two[1] = (char)cp;
    else if (cp == '\t')
        two[1] = 't';
    else if (cp == '\n')
        two[1] = 'n';
    else if (cp == '\r')
        two[1] = 'r';
    if (two[1]) {
        adder_strbuf_append_utf8(b, two, 2);
    } else if (cp < ' ' || cp == 0x7F) {
        append_hex_escape(b, 'x', cp, 2);
    } else if (cp < 0x7F || adder_unicode_isprintable(cp)) {
        adder_strbuf_append_char(b, cp);
    } else if (cp <= 0xFF) {
        append_hex_escape(b, 'x', cp, 2);
    } else if (cp <= 0xFFFF) {
        append_hex_escape(b, 'u', cp, 4);
    } else {
        append_hex_escape(b, 'U', cp, 8);
    }
}

adder_str_t *adder_str_repr(const adder_str_t *s) {
    adder_strbuf_t b;
    bool squote = memchr(s->data, '\'', s->size) != NULL;
    bool dquote = memchr(s->data, '"', s->size) != NULL;
    uint32_t quote = (squote && !dquote) ? '"' : '\'';
    const unsigned char *p = (const unsigned char *)s->data;
    adder_strbuf_init(&b);
    adder_strbuf_append_char(&b, quote);
    for (uint32_t i = 0; i < s->size;) {
        uint32_t cp;
        i += adder_utf8_decode(p + i, &cp);
        repr_char(&b, cp, quote);
    }
    adder_strbuf_append_char(&b, quote);
    return adder_strbuf_finish(&b);
}

adder_str_t *adder_str_repr_hook(const adder_object_t *o) {
    return adder_str_repr((const adder_str_t *)o);
}

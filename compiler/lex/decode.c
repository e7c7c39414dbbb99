/* lex/decode.c: source bytes to UTF-8 text, as CPython 3.11 reads a file.
 *
 * A UTF-8 BOM selects UTF-8 (a coding declaration naming anything else is
 * "encoding problem: NAME with BOM"). Otherwise a PEP 263 declaration on
 * line 1, or on line 2 when line 1 holds only a comment or blanks, selects
 * the encoding; CPython's tokenizer matches it by hand (get_coding_spec):
 * blanks, '#', then the first "coding" followed by ':' or '=', blanks, and
 * a name of [A-Za-z0-9._-]. Names are resolved like Python's codec
 * registry (get_normal_name, then normalize_encoding and the alias table
 * generated from encodings.aliases). UTF-8 is validated strictly; the
 * single-byte charsets are table driven. Line endings are left alone. The
 * result is NUL-terminated and lives in the arena. */
#include "lex/lex.h"
#include "lex/unicode_props.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum {
    ENCODING_NAME_MAX = 64, /* longer cookie names cannot be any codec we know */
    CHARSET_UTF8 = -1,
    CHARSET_UNKNOWN = -2,
};

typedef struct Cookie {
    uint32_t start, len; /* the name in the raw bytes; len 0 if none */
} Cookie;

static uint32_t line_end(const char *s, uint32_t pos, uint32_t len) {
    while (pos < len && s[pos] != '\n' && s[pos] != '\r')
        pos++;
    return pos;
}

static uint32_t next_line(const char *s, uint32_t pos, uint32_t len) {
    pos = line_end(s, pos, len);
    if (pos < len && s[pos] == '\r')
        pos++;
    if (pos < len && s[pos] == '\n')
        pos++;
    return pos;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static bool is_name_char(char c) { return isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.'; }

/* get_coding_spec on the line [pos, end). */
static Cookie coding_spec(const char *s, uint32_t pos, uint32_t end) {
    Cookie ck = {0, 0};
    while (pos < end && is_blank(s[pos]))
        pos++;
    if (pos >= end || s[pos] != '#')
        return ck;
    for (; pos + 6 < end; pos++) {
        if (memcmp(s + pos, "coding", 6) != 0 || (s[pos + 6] != ':' && s[pos + 6] != '='))
            continue;
        uint32_t t = pos + 7;
        while (t < end && (s[t] == ' ' || s[t] == '\t'))
            t++;
        uint32_t begin = t;
        while (t < end && is_name_char(s[t]))
            t++;
        if (t > begin)
            return (Cookie){begin, t - begin};
    }
    return ck;
}

/* Only blanks and maybe a comment: then line 2 may hold the cookie. */
static bool is_comment_line(const char *s, uint32_t pos, uint32_t end) {
    while (pos < end && is_blank(s[pos]))
        pos++;
    return pos == end || s[pos] == '#';
}

static Cookie find_cookie(const char *s, uint32_t pos, uint32_t len) {
    uint32_t end = line_end(s, pos, len);
    Cookie ck = coding_spec(s, pos, end);
    if (ck.len || !is_comment_line(s, pos, end))
        return ck;
    pos = next_line(s, pos, len);
    return coding_spec(s, pos, line_end(s, pos, len));
}

/* CPython's get_normal_name: utf-8 and latin-1 spellings. */
static const char *normal_name(const char *name) {
    char b[13];
    size_t i;
    for (i = 0; i < 12 && name[i]; i++)
        b[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    b[i] = 0;
    if (!strcmp(b, "utf-8") || !strncmp(b, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(b, "latin-1") || !strcmp(b, "iso-8859-1") || !strcmp(b, "iso-latin-1") ||
        !strncmp(b, "latin-1-", 8) || !strncmp(b, "iso-8859-1-", 11) || !strncmp(b, "iso-latin-1-", 12))
        return "iso-8859-1";
    return name;
}

/* encodings.normalize_encoding + alias lookup: CHARSET_UTF8, an index, or
 * CHARSET_UNKNOWN. */
static int lookup_charset(const char *name) {
    char key[ENCODING_NAME_MAX + 1];
    size_t n = 0;
    bool punct = false;
    for (const char *p = name; *p && n < ENCODING_NAME_MAX - 1; p++) {
        if (isalnum((unsigned char)*p) || *p == '.') {
            if (punct && n)
                key[n++] = '_';
            key[n++] = (char)tolower((unsigned char)*p);
            punct = false;
        } else {
            punct = true;
        }
    }
    key[n] = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < lex_encoding_names_n; i++)
            if (!strcmp(lex_encoding_names[i].name, key))
                return lex_encoding_names[i].charset;
        for (char *p = key; *p; p++)
            if (*p == '.')
                *p = '_';
    }
    return CHARSET_UNKNOWN;
}

static uint32_t line_of(const char *s, uint32_t pos) {
    uint32_t line = 1;
    for (uint32_t i = 0; i < pos; i++)
        if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n')) /* s[pos] exists */
            line++;
    return line;
}

static const char *utf8_reason(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    if (c < 0xC2 || c > 0xF4)
        return "invalid start byte";
    uint32_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (uint32_t i = 1; i < n; i++)
        if (p + i >= end)
            return "unexpected end of data";
    return "invalid continuation byte";
}

static char *decode_utf8(Arena *arena, DiagSink *diag, const char *s, uint32_t pos, uint32_t len,
                         bool declared, uint32_t *out_len) {
    const unsigned char *p = (const unsigned char *)s + pos, *end = (const unsigned char *)s + len;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp, n = lex_utf8_decode(p, end, &cp);
        if (n) {
            p += n;
            continue;
        }
        uint32_t at = (uint32_t)(p - (const unsigned char *)s);
        if (declared)
            diag_error(diag, span_make(at, at + 1), "'utf-8' codec can't decode byte 0x%02x on line %u: %s", *p,
                       line_of(s, at), utf8_reason(p, end));
        else
            diag_error(diag, span_make(at, at + 1),
                       "non-utf-8 code starting with '\\x%02x' on line %u, but no encoding declared; "
                       "see https://peps.python.org/pep-0263/ for details",
                       *p, line_of(s, at));
        return NULL;
    }
    char *text = arena_alloc(arena, (size_t)(len - pos) + 1);
    memcpy(text, s + pos, len - pos);
    text[len - pos] = 0;
    *out_len = len - pos;
    return text;
}

static char *decode_charset(Arena *arena, DiagSink *diag, const char *s, uint32_t len, int charset,
                            uint32_t *out_len) {
    const LexCharset *cs = &lex_charsets[charset];
    Buf b = {0};
    buf_reserve(&b, (size_t)len + 1);
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf_push(&b, (char)c);
            continue;
        }
        uint32_t cp = cs->hi[c - 0x80];
        if (cp == 0xFFFF) {
            diag_error(diag, span_make(i, i + 1), "'%s' codec can't decode byte 0x%02x on line %u: %s", cs->name,
                       c, line_of(s, i),
                       strcmp(cs->name, "ascii") ? "character maps to <undefined>" : "ordinal not in range(128)");
            buf_free(&b);
            return NULL;
        }
        buf_put_utf8(&b, cp);
    }
    if (b.len > UINT32_MAX - 1) {
        diag_error(diag, span_make(0, 0), "source file is too large");
        buf_free(&b);
        return NULL;
    }
    char *text = arena_alloc(arena, b.len + 1);
    memcpy(text, b.data, b.len);
    text[b.len] = 0;
    *out_len = (uint32_t)b.len;
    buf_free(&b);
    return text;
}

char *lex_decode_source(Arena *arena, DiagSink *diag, const char *bytes, uint32_t len, uint32_t *out_len) {
    bool bom = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0;
    uint32_t pos = bom ? 3 : 0;
    Cookie ck = find_cookie(bytes, pos, len);
    *out_len = 0;
    if (!ck.len)
        return decode_utf8(arena, diag, bytes, pos, len, false, out_len);
    char name[ENCODING_NAME_MAX + 1];
    uint32_t n = ck.len < ENCODING_NAME_MAX ? ck.len : ENCODING_NAME_MAX;
    memcpy(name, bytes + ck.start, n);
    name[n] = 0;
    const char *norm = normal_name(name);
    Span at = span_make(ck.start, ck.start + ck.len);
    if (bom && strcmp(norm, "utf-8") != 0) {
        diag_error(diag, at, "encoding problem: %s with BOM", norm);
        return NULL;
    }
    int charset = lookup_charset(norm);
    if (charset == CHARSET_UNKNOWN) {
        diag_error(diag, at, "unknown encoding: %s", norm);
        return NULL;
    }
    if (charset == CHARSET_UTF8)
        return decode_utf8(arena, diag, bytes, pos, len, true, out_len);
    return decode_charset(arena, diag, bytes, len, charset, out_len);
}

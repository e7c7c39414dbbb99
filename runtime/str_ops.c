/* runtime/str_ops.c: the str methods that search or rebuild text: in,
 * find, count, startswith/endswith, replace, strip family, split, join,
 * upper/lower.
 *
 * Searching works on bytes (a UTF-8 match of a valid needle always starts
 * on a code-point boundary) and converts byte offsets to code-point
 * indexes only for results. Whitespace is str.isspace() (generated
 * table), as CPython's split() and strip() use. */
#include <string.h>

#include "adder/adder.h"
#include "str_internal.h"

/* ---- searching ---- */

int64_t adder_bytes_find(const char *data, size_t from, size_t to, const adder_str_t *sub) {
    size_t m = sub->size;
    if (m == 0)
        return from <= to ? (int64_t)from : -1;
    if (to < from || to - from < m)
        return -1;
    for (size_t i = from; i <= to - m; i++) {
        const char *hit = memchr(data + i, sub->data[0], to - m + 1 - i);
        if (!hit)
            return -1;
        i = (size_t)(hit - data);
        if (memcmp(hit, sub->data, m) == 0)
            return (int64_t)i;
    }
    return -1;
}

bool adder_str_contains(const adder_str_t *s, const adder_str_t *sub) {
    return adder_bytes_find(s->data, 0, s->size, sub) >= 0;
}

bool adder_str_startswith(const adder_str_t *s, const adder_str_t *prefix) {
    return prefix->size <= s->size && memcmp(s->data, prefix->data, prefix->size) == 0;
}

bool adder_str_endswith(const adder_str_t *s, const adder_str_t *suffix) {
    return suffix->size <= s->size &&
           memcmp(s->data + s->size - suffix->size, suffix->data, suffix->size) == 0;
}

/* Code points in data[0, off). */
static int64_t cp_index(const adder_str_t *s, size_t off) {
    int ascii;
    if (adder_str_is_ascii(s))
        return (int64_t)off;
    return (int64_t)adder_utf8_count(s->data, off, &ascii);
}

/* CPython's ADJUST_INDICES for find/count bounds: negative values count
 * from the end; only the end is clamped to len. */
static void adjust_bound(int64_t *v, int64_t len, int64_t dflt, bool is_end) {
    if (*v == ADDER_SLICE_NONE)
        *v = dflt;
    else if (is_end && *v > len)
        *v = len;
    else if (*v < 0) {
        *v += len;
        if (*v < 0)
            *v = 0;
    }
}

int64_t adder_str_find_range(const adder_str_t *s, const adder_str_t *sub, int64_t start,
                             int64_t end) {
    int64_t len = adder_str_nchars(s);
    int64_t hit;
    adjust_bound(&start, len, 0, false);
    adjust_bound(&end, len, len, true);
    if (start > len || end - start < adder_str_nchars(sub))
        return -1;
    hit = adder_bytes_find(s->data, adder_str_offset(s, start), adder_str_offset(s, end), sub);
    return hit < 0 ? -1 : cp_index(s, (size_t)hit);
}

int64_t adder_str_find(const adder_str_t *s, const adder_str_t *sub) {
    int64_t hit = adder_bytes_find(s->data, 0, s->size, sub);
    return hit < 0 ? -1 : cp_index(s, (size_t)hit);
}

/* Non-overlapping occurrences of a non-empty sub, at most limit. */
static int64_t count_bytes(const adder_str_t *s, const adder_str_t *sub, int64_t limit) {
    int64_t n = 0;
    size_t at = 0;
    while (n < limit) {
        int64_t hit = adder_bytes_find(s->data, at, s->size, sub);
        if (hit < 0)
            break;
        n++;
        at = (size_t)hit + sub->size;
    }
    return n;
}

int64_t adder_str_count(const adder_str_t *s, const adder_str_t *sub) {
    if (sub->size == 0)
        return adder_str_nchars(s) + 1;
    return count_bytes(s, sub, INT64_MAX);
}

/* ---- replace ---- */

/* s.replace("", new, count): new before each code point and at the end. */
static adder_str_t *replace_empty(const adder_str_t *s, const adder_str_t *new_, int64_t count) {
    adder_strbuf_t b;
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t i = 0;
    adder_strbuf_init(&b);
    for (int64_t k = 0; k < count && i <= s->size; k++) {
        uint32_t cp;
        adder_strbuf_append_str(&b, new_);
        if (i == s->size)
            break;
        i += adder_utf8_decode(p + i, &cp);
        adder_strbuf_append_char(&b, cp);
    }
    adder_strbuf_append_utf8(&b, s->data + i, s->size - i);
    return adder_strbuf_finish(&b);
}

adder_str_t *adder_str_replace(const adder_str_t *s, const adder_str_t *old,
                               const adder_str_t *new_, int64_t count) {
    adder_strbuf_t b;
    size_t at = 0;
    if (count < 0)
        count = INT64_MAX;
    if (old->size == 0)
        return replace_empty(s, new_, count);
    if (count == 0 || count_bytes(s, old, 1) == 0) {
        adder_incref(s);
        return (adder_str_t *)s;
    }
    adder_strbuf_init(&b);
    for (int64_t k = 0; k < count; k++) {
        int64_t hit = adder_bytes_find(s->data, at, s->size, old);
        if (hit < 0)
            break;
        adder_strbuf_append_utf8(&b, s->data + at, (size_t)hit - at);
        adder_strbuf_append_str(&b, new_);
        at = (size_t)hit + old->size;
    }
    adder_strbuf_append_utf8(&b, s->data + at, s->size - at);
    return adder_strbuf_finish(&b);
}

/* ---- strip family ---- */

/* True if cp is stripped: whitespace when chars is NULL, else in chars. */
static bool strippable(uint32_t cp, const adder_str_t *chars) {
    const unsigned char *p;
    if (!chars)
        return adder_unicode_isspace(cp);
    p = (const unsigned char *)chars->data;
    for (uint32_t i = 0; i < chars->size;) {
        uint32_t c;
        i += adder_utf8_decode(p + i, &c);
        if (c == cp)
            return true;
    }
    return false;
}

static size_t skip_left(const adder_str_t *s, const adder_str_t *chars) {
    size_t i = 0;
    while (i < s->size) {
        uint32_t cp;
        uint32_t n = adder_utf8_decode((const unsigned char *)s->data + i, &cp);
        if (!strippable(cp, chars))
            break;
        i += n;
    }
    return i;
}

static size_t skip_right(const adder_str_t *s, size_t lo, const adder_str_t *chars) {
    size_t end = s->size;
    while (end > lo) {
        size_t start = adder_utf8_back(s->data, end);
        uint32_t cp;
        adder_utf8_decode((const unsigned char *)s->data + start, &cp);
        if (!strippable(cp, chars))
            break;
        end = start;
    }
    return end;
}

/* s[lo:hi] by bytes, sharing s when nothing is cut. */
static adder_str_t *byte_slice(const adder_str_t *s, size_t lo, size_t hi) {
    if (lo == 0 && hi == s->size) {
        adder_incref(s);
        return (adder_str_t *)s;
    }
    return adder_str_from_utf8(s->data + lo, hi - lo);
}

adder_str_t *adder_str_strip(const adder_str_t *s, const adder_str_t *chars) {
    size_t lo = skip_left(s, chars);
    return byte_slice(s, lo, skip_right(s, lo, chars));
}

adder_str_t *adder_str_lstrip(const adder_str_t *s, const adder_str_t *chars) {
    return byte_slice(s, skip_left(s, chars), s->size);
}

adder_str_t *adder_str_rstrip(const adder_str_t *s, const adder_str_t *chars) {
    return byte_slice(s, 0, skip_right(s, 0, chars));
}

/* ---- split and join ---- */

/* Appends the str data[lo, hi) to list l; -1 on MemoryError. */
static int add_piece(adder_list_t *l, const char *data, size_t lo, size_t hi) {
    adder_str_t *piece = adder_str_from_utf8(data + lo, hi - lo);
    int rc;
    if (!piece)
        return -1;
    rc = adder_list_append(l, &piece);
    adder_decref(piece);
    return rc;
}

/* Byte length of the code point at i if it is whitespace, else 0. */
static uint32_t space_at(const adder_str_t *s, size_t i) {
    uint32_t cp;
    uint32_t n = adder_utf8_decode((const unsigned char *)s->data + i, &cp);
    return adder_unicode_isspace(cp) ? n : 0;
}

/* Byte length of the code point at i, whatever it is. */
static uint32_t char_at(const adder_str_t *s, size_t i) {
    uint32_t cp;
    return adder_utf8_decode((const unsigned char *)s->data + i, &cp);
}

static size_t skip_spaces(const adder_str_t *s, size_t i) {
    uint32_t n;
    while (i < s->size && (n = space_at(s, i)) != 0)
        i += n;
    return i;
}

/* CPython's split_whitespace. */
static int split_ws(adder_list_t *l, const adder_str_t *s, int64_t maxsplit) {
    size_t i = 0;
    for (; maxsplit > 0; maxsplit--) {
        size_t j;
        i = skip_spaces(s, i);
        if (i == s->size)
            return 0;
        j = i;
        while (i < s->size && space_at(s, i) == 0)
            i += char_at(s, i);
        if (add_piece(l, s->data, j, i) != 0)
            return -1;
    }
    i = skip_spaces(s, i);
    return i < s->size ? add_piece(l, s->data, i, s->size) : 0;
}

static int split_sep(adder_list_t *l, const adder_str_t *s, const adder_str_t *sep,
                     int64_t maxsplit) {
    size_t at = 0;
    for (; maxsplit > 0; maxsplit--) {
        int64_t hit = adder_bytes_find(s->data, at, s->size, sep);
        if (hit < 0)
            break;
        if (add_piece(l, s->data, at, (size_t)hit) != 0)
            return -1;
        at = (size_t)hit + sep->size;
    }
    return add_piece(l, s->data, at, s->size);
}

adder_list_t *adder_str_split(const adder_str_t *s, const adder_str_t *sep, int64_t maxsplit) {
    adder_list_t *l;
    int rc;
    if (sep && sep->size == 0) {
        adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("empty separator"));
        return NULL;
    }
    l = adder_list_new(sizeof(adder_str_t *), ADDER_ELEM_OBJECT, 0);
    if (!l)
        return NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    rc = sep ? split_sep(l, s, sep, maxsplit) : split_ws(l, s, maxsplit);
    if (rc != 0) {
        adder_decref(l);
        return NULL;
    }
    return l;
}

adder_str_t *adder_str_join(const adder_str_t *sep, const adder_list_t *items) {
    adder_strbuf_t b;
    if (items->len == 1) {
        adder_str_t *only = adder_list_get_obj(items, 0);
        adder_incref(only);
        return only;
    }
    adder_strbuf_init(&b);
    for (int64_t i = 0; i < items->len; i++) {
        if (i > 0)
            adder_strbuf_append_str(&b, sep);
        adder_strbuf_append_str(&b, adder_list_get_obj(items, i));
    }
    return adder_strbuf_finish(&b);
}

/* ---- case mapping ---- */

/* ASCII case mapping; NotImplementedError for non-ASCII text (see str.h). */
static adder_str_t *map_case(const adder_str_t *s, char from_lo, char from_hi, int delta) {
    adder_str_t *r;
    char *out;
    if (!adder_str_is_ascii(s)) {
        adder_raise_text(ADDER_EXC(NotImplementedError),
                         ADDER_ERROR_TEXT("upper()/lower() of non-ASCII text is not supported"));
        return NULL;
    }
    r = adder_str_make(s->size, s->size, 1);
    if (!r)
        return NULL;
    out = adder_str_raw_data(r);
    for (uint32_t i = 0; i < s->size; i++) {
        char c = s->data[i];
        out[i] = (c >= from_lo && c <= from_hi) ? (char)(c + delta) : c;
    }
    return r;
}

adder_str_t *adder_str_upper(const adder_str_t *s) {
    return map_case(s, 'a', 'z', 'A' - 'a');
}

adder_str_t *adder_str_lower(const adder_str_t *s) {
    return map_case(s, 'A', 'Z', 'a' - 'A');
}

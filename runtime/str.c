/* runtime/str.c: the str object: construction, counts, comparison,
 * hashing, concatenation, repetition, indexing and slicing (repr is in
 * str_repr.c).
 *
 * Heap strings are one block: the adder_str_t, then size bytes of UTF-8,
 * then a NUL (block size sizeof(adder_str_t) + size + 1, which dealloc
 * recomputes). nchars and kind are set at creation; when every byte is
 * < 0x80 the kind is ASCII and code-point indexes are byte offsets.
 * Otherwise indexing walks the UTF-8 from the nearer useful end. */
#include <string.h>

#include "adder/adder.h"
#include "adder/format.h"
#include "str_internal.h"
#include "unicode_tables.h"

static void str_dealloc(adder_object_t *o) {
    adder_str_t *s = (adder_str_t *)o;
    adder_object_free(o, sizeof(adder_str_t) + (size_t)s->size + 1);
}

/* The repr hook lives in str_repr.c with adder_str_repr. On ELF targets the
 * type refers to it weakly: a program that never takes a repr (print of
 * strings only, like a firmware's hello world) links none of the repr
 * code (about 1 KB on a Cortex-M0), and the hook is then NULL. Every
 * generic repr goes through adder_elem_repr_obj (builtins_list.c), which
 * handles str itself and so links str_repr.c wherever a repr can happen. */
#if defined(__GNUC__) && defined(__ELF__)
__attribute__((weak))
#endif
adder_str_t *adder_str_repr_hook(const adder_object_t *o);

static adder_str_t *str_str_hook(const adder_object_t *o) {
    adder_incref(o);
    return (adder_str_t *)o;
}

static int str_eq_hook(const adder_object_t *a, const adder_object_t *b) {
    return adder_str_eq((const adder_str_t *)a, (const adder_str_t *)b);
}

static int64_t str_hash_hook(const adder_object_t *o) {
    return adder_str_hash((const adder_str_t *)o);
}

const adder_type_t adder_str_type = {
    "str", sizeof(adder_str_t), str_dealloc, adder_str_repr_hook, str_str_hook, str_eq_hook,
    str_hash_hook,
};

const adder_str_t adder_str_empty = ADDER_STR_INIT_N("", 0, 1);
ADDER_STR_LITERAL_N(str_true, "True", 4, 1);
ADDER_STR_LITERAL_N(str_false, "False", 5, 1);
ADDER_STR_LITERAL_N(str_none_lit, "None", 4, 1);

/* The immortal empty string as a new reference. */
static adder_str_t *empty(void) {
    return (adder_str_t *)&adder_str_empty;
}

/* ---- UTF-8 ---- */

uint32_t adder_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t adder_utf8_count(const char *data, size_t n, int *ascii) {
    size_t count = 0;
    int all_ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c >= 0x80)
            all_ascii = 0;
        if ((c & 0xC0) != 0x80)
            count++;
    }
    *ascii = all_ascii;
    return count;
}

/* ---- construction ---- */

adder_str_t *adder_str_make(size_t size, size_t nchars, int ascii) {
    adder_str_t *s;
    if (size > ADDER_STR_MAX_SIZE) {
        adder_raise_memory_error();
        return NULL;
    }
    s = adder_object_new(&adder_str_type, sizeof(adder_str_t) + size + 1);
    if (!s)
        return NULL;
    s->data = (const char *)(s + 1);
    s->size = (uint32_t)size;
    s->nchars = (uint32_t)nchars;
    s->kind = ascii ? ADDER_STR_ASCII : ADDER_STR_UTF8;
    ((char *)(s + 1))[size] = '\0';
    return s;
}

adder_str_t *adder_str_new_raw(size_t size) {
    return adder_str_make(size, size, 1);
}

void adder_str_finish_raw(adder_str_t *s) {
    int ascii;
    ((char *)(s + 1))[s->size] = '\0';
    s->nchars = (uint32_t)adder_utf8_count(s->data, s->size, &ascii);
    s->kind = ascii ? ADDER_STR_ASCII : ADDER_STR_UTF8;
}

adder_str_t *adder_str_from_utf8(const char *data, size_t n) {
    int ascii;
    size_t nchars;
    adder_str_t *s;
    if (n == 0)
        return empty();
    nchars = adder_utf8_count(data, n, &ascii);
    s = adder_str_make(n, nchars, ascii);
    if (s)
        memcpy(s + 1, data, n);
    return s;
}

adder_str_t *adder_str_from_cstr(const char *s) {
    return adder_str_from_utf8(s, strlen(s));
}

adder_str_t *adder_str_from_int(int64_t v) {
    char buf[ADDER_INT_DEC_MAX];
    size_t n = adder_format_int(buf, v);
    adder_str_t *s = adder_str_make(n, n, 1);
    if (s)
        memcpy(s + 1, buf, n);
    return s;
}

adder_str_t *adder_str_from_float(double v) {
    char buf[ADDER_FLOAT_REPR_MAX];
    size_t n = adder_float_repr(buf, v);
    adder_str_t *s = adder_str_make(n, n, 1);
    if (s)
        memcpy(s + 1, buf, n);
    return s;
}

adder_str_t *adder_str_from_bool(bool v) {
    return (adder_str_t *)(v ? &str_true : &str_false);
}

adder_str_t *adder_str_none(void) {
    return (adder_str_t *)&str_none_lit;
}

/* ---- counts and offsets ---- */

int64_t adder_str_nchars(const adder_str_t *s) {
    int ascii;
    if (s->kind != ADDER_STR_UNSCANNED)
        return s->nchars;
    return (int64_t)adder_utf8_count(s->data, s->size, &ascii);
}

int64_t adder_str_len(const adder_str_t *s) {
    return adder_str_nchars(s);
}

bool adder_str_is_ascii(const adder_str_t *s) {
    int ascii;
    if (s->kind != ADDER_STR_UNSCANNED)
        return s->kind == ADDER_STR_ASCII;
    adder_utf8_count(s->data, s->size, &ascii);
    return ascii != 0;
}

size_t adder_str_offset(const adder_str_t *s, int64_t i) {
    size_t off = 0;
    if (adder_str_is_ascii(s))
        return (size_t)i;
    for (; i > 0; i--) {
        off++;
        while (off < s->size && ((unsigned char)s->data[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

/* ---- comparison and hashing ---- */

bool adder_str_eq(const adder_str_t *a, const adder_str_t *b) {
    return a == b || (a->size == b->size && memcmp(a->data, b->data, a->size) == 0);
}

int adder_str_compare(const adder_str_t *a, const adder_str_t *b) {
    uint32_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, n);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

/* FNV-1a, 64-bit. */
#define FNV_OFFSET UINT64_C(14695981039346656037)
#define FNV_PRIME UINT64_C(1099511628211)

int64_t adder_str_hash(const adder_str_t *s) {
    uint64_t h = FNV_OFFSET;
    for (uint32_t i = 0; i < s->size; i++) {
        h ^= (unsigned char)s->data[i];
        h *= FNV_PRIME;
    }
    return (int64_t)(h >> 1); /* non-negative, never -1 */
}

/* ---- concatenation, repetition ---- */

adder_str_t *adder_str_concat(const adder_str_t *a, const adder_str_t *b) {
    adder_str_t *s;
    if (b->size == 0 || a->size == 0) {
        const adder_str_t *keep = b->size == 0 ? a : b;
        adder_incref(keep);
        return (adder_str_t *)keep;
    }
    s = adder_str_make((size_t)a->size + b->size, (size_t)(adder_str_nchars(a) + adder_str_nchars(b)),
                       adder_str_is_ascii(a) && adder_str_is_ascii(b));
    if (!s)
        return NULL;
    memcpy((char *)(s + 1), a->data, a->size);
    memcpy((char *)(s + 1) + a->size, b->data, b->size);
    return s;
}

adder_str_t *adder_str_repeat(const adder_str_t *s, int64_t n) {
    adder_str_t *r;
    size_t total, done;
    char *out;
    if (n <= 0 || s->size == 0)
        return empty();
    if ((uint64_t)n > ADDER_STR_MAX_SIZE / s->size) {
        adder_raise_memory_error();
        return NULL;
    }
    total = (size_t)n * s->size;
    r = adder_str_make(total, (size_t)n * (size_t)adder_str_nchars(s), adder_str_is_ascii(s));
    if (!r)
        return NULL;
    out = (char *)(r + 1);
    memcpy(out, s->data, s->size);
    for (done = s->size; done < total; done *= 2) /* doubling copies */
        memcpy(out + done, out, done <= total - done ? done : total - done);
    return r;
}

/* ---- indexing and slicing ---- */

adder_str_t *adder_str_index(const adder_str_t *s, int64_t i) {
    size_t off;
    uint32_t cp;
    if (adder_index_normalize(&i, adder_str_nchars(s)) != 0) {
        adder_raise_text(ADDER_EXC(IndexError), ADDER_ERROR_TEXT("string index out of range"));
        return NULL;
    }
    off = adder_str_offset(s, i);
    return adder_str_from_utf8(s->data + off,
                               adder_utf8_decode((const unsigned char *)s->data + off, &cp));
}

/* A cursor over the code points of a str: byte offset and cp index. */
typedef struct {
    const adder_str_t *s;
    size_t off;
    int64_t idx;
    bool ascii;
} cursor_t;

/* Moves the cursor to code point index target (either direction). */
static void seek(cursor_t *c, int64_t target) {
    if (c->ascii) {
        c->off = (size_t)target;
        c->idx = target;
        return;
    }
    for (; c->idx < target; c->idx++) {
        c->off++;
        while (c->off < c->s->size && ((unsigned char)c->s->data[c->off] & 0xC0) == 0x80)
            c->off++;
    }
    for (; c->idx > target; c->idx--)
        c->off = adder_utf8_back(c->s->data, c->off);
}

/* Byte length of the code point at the cursor. */
static size_t cp_bytes(const cursor_t *c) {
    uint32_t cp;
    return adder_utf8_decode((const unsigned char *)c->s->data + c->off, &cp);
}

/* Visits the n selected code points; out == NULL only measures. */
static size_t slice_walk(const adder_str_t *s, int64_t start, int64_t step, int64_t n, char *out) {
    cursor_t c = { s, 0, 0, adder_str_is_ascii(s) };
    size_t total = 0;
    int64_t at = start;
    for (int64_t k = 0; k < n; k++) {
        size_t len;
        seek(&c, at);
        len = cp_bytes(&c);
        if (out)
            memcpy(out + total, s->data + c.off, len);
        total += len;
        if (k + 1 < n)
            at += step;
    }
    return total;
}

adder_str_t *adder_str_slice(const adder_str_t *s, int64_t start, int64_t stop, int64_t step) {
    int64_t n = adder_slice_adjust(adder_str_nchars(s), &start, &stop, step);
    size_t size;
    adder_str_t *r;
    if (n < 0)
        return NULL;
    if (n == 0)
        return empty();
    if (step == 1) {
        cursor_t c = { s, 0, 0, adder_str_is_ascii(s) };
        size_t from;
        seek(&c, start);
        from = c.off;
        seek(&c, stop);
        return adder_str_from_utf8(s->data + from, c.off - from);
    }
    size = slice_walk(s, start, step, n, NULL);
    r = adder_str_make(size, (size_t)n, adder_str_is_ascii(s) || size == (size_t)n);
    if (r)
        slice_walk(s, start, step, n, (char *)(r + 1));
    return r;
}

/* ---- repr ---- */

static bool in_ranges(const adder_cp_range_t *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid].first)
            hi = mid;
        else if (cp > r[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

bool adder_unicode_isprintable(uint32_t cp) {
#if ADDER_ENABLE_UNICODE_TABLES
    return !in_ranges(adder_nonprintable_ranges, COUNT_OF(adder_nonprintable_ranges), cp);
#else
    if (cp < 0x7F)
        return cp >= ' ';
    return cp >= 0xA0 && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
#endif
}

bool adder_unicode_isspace(uint32_t cp) {
    return in_ranges(adder_space_ranges, COUNT_OF(adder_space_ranges), cp);
}


/* runtime/str_build.c: adder_strbuf_t, the string builder behind
 * f-strings, join and repr. The buffer grows by doubling (amortized O(1)
 * per byte) and finish() copies it once into an exact-size str, so a
 * string built from k pieces costs O(total) instead of O(k * total). The
 * builder tracks code points and the ASCII flag as pieces arrive. */
#include <string.h>

#include "adder/adder.h"
#include "str_internal.h"

/* First buffer size; small enough for a Cortex-M0 heap. */
#define STRBUF_MIN_CAP ((size_t)32)

void adder_strbuf_init(adder_strbuf_t *b) {
    b->buf = NULL;
    b->len = 0;
    b->cap = 0;
    b->nchars = 0;
    b->ascii = true;
    b->failed = false;
}

void adder_strbuf_discard(adder_strbuf_t *b) {
    adder_free(b->buf, b->cap);
    adder_strbuf_init(b);
}

/* Makes room for n more bytes; -1 with MemoryError. */
static int reserve(adder_strbuf_t *b, size_t n) {
    size_t cap = b->cap ? b->cap : STRBUF_MIN_CAP;
    char *p;
    if (b->failed)
        return -1;
    if (n <= b->cap - b->len)
        return 0;
    if (n > ADDER_STR_MAX_SIZE - b->len)
        goto fail;
    while (cap - b->len < n)
        cap = cap > ADDER_STR_MAX_SIZE / 2 ? ADDER_STR_MAX_SIZE + 1 : cap * 2;
    p = adder_realloc(b->buf, b->cap, cap);
    if (!p)
        goto fail;
    b->buf = p;
    b->cap = cap;
    return 0;
fail:
    adder_strbuf_discard(b);
    b->failed = true;
    return adder_raise_memory_error();
}

/* Appends bytes whose counts the caller knows. */
static int append(adder_strbuf_t *b, const char *data, size_t n, size_t nchars, bool ascii) {
    if (reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->buf + b->len, data, n);
    b->len += n;
    b->nchars += nchars;
    b->ascii = b->ascii && ascii;
    return 0;
}

int adder_strbuf_append_str(adder_strbuf_t *b, const adder_str_t *s) {
    return append(b, s->data, s->size, (size_t)adder_str_nchars(s), adder_str_is_ascii(s));
}

int adder_strbuf_append_utf8(adder_strbuf_t *b, const char *data, size_t n) {
    int ascii;
    size_t nchars = adder_utf8_count(data, n, &ascii);
    return append(b, data, n, nchars, ascii != 0);
}

int adder_strbuf_append_char(adder_strbuf_t *b, uint32_t cp) {
    char enc[4];
    uint32_t n = adder_utf8_encode(cp, enc);
    return append(b, enc, n, 1, cp < 0x80);
}

adder_str_t *adder_strbuf_finish(adder_strbuf_t *b) {
    adder_str_t *s;
    if (b->failed) {
        adder_strbuf_init(b);
        return NULL;
    }
    if (b->len == 0) {
        adder_strbuf_discard(b);
        return (adder_str_t *)&adder_str_empty;
    }
    s = adder_str_make(b->len, b->nchars, b->ascii);
    if (s)
        memcpy(s + 1, b->buf, b->len);
    adder_strbuf_discard(b);
    return s;
}

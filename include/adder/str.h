/* adder/str.h: Python str, immutable UTF-8.
 *
 * Layout: header, pointer to the bytes, byte size, code-point count and a
 * kind flag. Heap strings keep their bytes right after the struct in the
 * same block; literals point at a C string literal, so with
 * ADDER_STR_LITERAL the whole object is const data (flash). The bytes are
 * always valid UTF-8 and NUL-terminated (data[size] == 0).
 *
 * kind: ADDER_STR_ASCII (nchars == size, O(1) indexing), ADDER_STR_UTF8
 * (nchars valid, indexing walks the bytes: O(n)), ADDER_STR_UNSCANNED (a
 * literal whose counts the compiler did not give: nchars is not valid and
 * is recomputed on use; ADDER_STR_LITERAL_N avoids that).
 *
 * Comparison of UTF-8 byte strings orders them by code points, as Python
 * does. Every function borrows its arguments and returns a new reference
 * or NULL/-1 with the exception set (MemoryError, IndexError, ValueError).
 *
 * Limitation: upper()/lower() map ASCII letters only; a string containing
 * a non-ASCII cased letter raises NotImplementedError rather than giving a
 * wrong answer. */
#ifndef ADDER_STR_H
#define ADDER_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "adder/object.h"

typedef enum {
    ADDER_STR_UTF8 = 0,
    ADDER_STR_ASCII = 1,
    ADDER_STR_UNSCANNED = 2
} adder_str_kind_t;

typedef struct adder_str {
    adder_object_t ob;
    const char *data; /* size bytes of UTF-8, then a NUL */
    uint32_t size;    /* bytes */
    uint32_t nchars;  /* code points (not valid when UNSCANNED) */
    uint8_t kind;     /* adder_str_kind_t */
} adder_str_t;

/* Longest str in bytes: sizes are 32-bit. */
#define ADDER_STR_MAX_SIZE ((size_t)UINT32_MAX - 1)

extern const adder_type_t adder_str_type;
extern const adder_str_t adder_str_empty;

/* Initializer of an immortal str for a string literal. */
#define ADDER_STR_INIT(text) \
    { ADDER_OBJECT_STATIC_INIT(&adder_str_type), (text), (uint32_t)(sizeof(text) - 1), 0, \
      ADDER_STR_UNSCANNED }
/* Same, with the code-point count and ASCII flag known (what the code
 * generator emits). */
#define ADDER_STR_INIT_N(text, nchars, is_ascii) \
    { ADDER_OBJECT_STATIC_INIT(&adder_str_type), (text), (uint32_t)(sizeof(text) - 1), \
      (uint32_t)(nchars), (uint8_t)((is_ascii) ? ADDER_STR_ASCII : ADDER_STR_UTF8) }
/* static const adder_str_t name = "text" as an immortal object. */
#define ADDER_STR_LITERAL(name, text) static const adder_str_t name = ADDER_STR_INIT(text)
#define ADDER_STR_LITERAL_N(name, text, nchars, is_ascii) \
    static const adder_str_t name = ADDER_STR_INIT_N(text, nchars, is_ascii)

/* ---- construction ---- */

/* A new str from n bytes of valid UTF-8 (the caller guarantees validity;
 * it is not checked). */
adder_str_t *adder_str_from_utf8(const char *data, size_t n);
/* A new str from a NUL-terminated C string of UTF-8. */
adder_str_t *adder_str_from_cstr(const char *s);
/* Allocates an uninitialized str of size bytes for the caller to fill;
 * finish it with adder_str_finish_raw(). */
adder_str_t *adder_str_new_raw(size_t size);
/* Writes the NUL and computes nchars/kind of a str from new_raw. */
void adder_str_finish_raw(adder_str_t *s);
/* Writable bytes of a str from new_raw (before it is shared). */
static inline char *adder_str_raw_data(adder_str_t *s) {
    return (char *)s->data;
}

/* str(v) of unboxed values. */
adder_str_t *adder_str_from_int(int64_t v);
adder_str_t *adder_str_from_float(double v);
adder_str_t *adder_str_from_bool(bool v);
adder_str_t *adder_str_none(void);
/* repr(s), exactly as CPython. */
adder_str_t *adder_str_repr(const adder_str_t *s);

/* ---- queries ---- */

/* len(s) in code points. */
int64_t adder_str_len(const adder_str_t *s);
bool adder_str_is_ascii(const adder_str_t *s);
bool adder_str_eq(const adder_str_t *a, const adder_str_t *b);
/* <0, 0, >0 like strcmp, in code-point order (==, <, <= ... ). */
int adder_str_compare(const adder_str_t *a, const adder_str_t *b);
/* hash(s): FNV-1a of the bytes; deterministic (CPython's is randomized,
 * so no program can depend on its value). */
int64_t adder_str_hash(const adder_str_t *s);
/* sub in s. */
bool adder_str_contains(const adder_str_t *s, const adder_str_t *sub);
bool adder_str_startswith(const adder_str_t *s, const adder_str_t *prefix);
bool adder_str_endswith(const adder_str_t *s, const adder_str_t *suffix);
/* s.find(sub) / s.find(sub, start, end) (ADDER_SLICE_NONE for absent
 * bounds): code-point index or -1. */
int64_t adder_str_find(const adder_str_t *s, const adder_str_t *sub);
int64_t adder_str_find_range(const adder_str_t *s, const adder_str_t *sub, int64_t start,
                             int64_t end);
/* s.count(sub), non-overlapping. */
int64_t adder_str_count(const adder_str_t *s, const adder_str_t *sub);

/* ---- operations returning new strings ---- */

adder_str_t *adder_str_concat(const adder_str_t *a, const adder_str_t *b);
/* s * n; n <= 0 gives "". */
adder_str_t *adder_str_repeat(const adder_str_t *s, int64_t n);
/* s[i], negative i from the end; IndexError "string index out of range". */
adder_str_t *adder_str_index(const adder_str_t *s, int64_t i);
/* s[start:stop:step] (ADDER_SLICE_NONE for omitted bounds). */
adder_str_t *adder_str_slice(const adder_str_t *s, int64_t start, int64_t stop, int64_t step);
adder_str_t *adder_str_replace(const adder_str_t *s, const adder_str_t *old,
                               const adder_str_t *new_, int64_t count);
/* s.strip() / lstrip() / rstrip(); chars == NULL strips whitespace. */
adder_str_t *adder_str_strip(const adder_str_t *s, const adder_str_t *chars);
adder_str_t *adder_str_lstrip(const adder_str_t *s, const adder_str_t *chars);
adder_str_t *adder_str_rstrip(const adder_str_t *s, const adder_str_t *chars);
adder_str_t *adder_str_upper(const adder_str_t *s);
adder_str_t *adder_str_lower(const adder_str_t *s);

/* sep.join(items) for a list of str. */
struct adder_list;
adder_str_t *adder_str_join(const adder_str_t *sep, const struct adder_list *items);
/* s.split(sep, maxsplit) -> list[str]; sep == NULL splits on runs of
 * whitespace; maxsplit < 0 means no limit. ValueError "empty separator". */
struct adder_list *adder_str_split(const adder_str_t *s, const adder_str_t *sep,
                                   int64_t maxsplit);

/* True for the code points str.isprintable() accepts (table generated
 * by runtime/gen_printable.py from CPython's unicodedata). */
bool adder_unicode_isprintable(uint32_t cp);
/* True for the code points str.split()/strip() treat as whitespace. */
bool adder_unicode_isspace(uint32_t cp);

/* ---- string builder (f-strings, join, repr) ----
 * A caller-owned accumulator that grows geometrically; finish() copies
 * the bytes once into a str. After a failure every append is a no-op and
 * finish returns NULL (MemoryError is set when the failure happens), so
 * generated code may check only the final result. */
typedef struct {
    char *buf;
    size_t len;
    size_t cap;
    size_t nchars;
    bool ascii;
    bool failed;
} adder_strbuf_t;

void adder_strbuf_init(adder_strbuf_t *b);
/* Append pieces; return 0, or -1 after MemoryError. */
int adder_strbuf_append_str(adder_strbuf_t *b, const adder_str_t *s);
int adder_strbuf_append_utf8(adder_strbuf_t *b, const char *data, size_t n);
int adder_strbuf_append_char(adder_strbuf_t *b, uint32_t cp);
/* The built str (new reference) or NULL; releases the buffer. */
adder_str_t *adder_strbuf_finish(adder_strbuf_t *b);
/* Releases the buffer without building (error paths). */
void adder_strbuf_discard(adder_strbuf_t *b);

#endif

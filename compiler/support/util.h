/* support/util.h: the few helpers every stage uses — compiler-bug asserts,
 * out-of-memory, checked heap allocation, and a growable byte buffer. */
#ifndef ADDER_SUPPORT_UTIL_H
#define ADDER_SUPPORT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define ADDER_NORETURN __attribute__((noreturn))
#define ADDER_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define ADDER_NORETURN
#define ADDER_PRINTF(f, a)
#endif

/* Compiler bugs, never user errors: print where and abort. */
ADDER_NORETURN void adder_compiler_bug(const char *file, int line, const char *func, const char *msg);
#define ADDER_ASSERT(c, msg) ((c) ? (void)0 : adder_compiler_bug(__FILE__, __LINE__, __func__, (msg)))
#define ADDER_UNREACHABLE() adder_compiler_bug(__FILE__, __LINE__, __func__, "unreachable")

ADDER_NORETURN void fatal_oom(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

/* Growable byte buffer, heap allocated. buf_cstr() keeps it NUL-terminated. */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_push(Buf *b, char c);
void buf_append(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) ADDER_PRINTF(2, 3);
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
/* Appends code point cp as UTF-8; surrogates get the 3-byte form, so that
 * lone surrogates in Python strings survive (WTF-8). */
void buf_put_utf8(Buf *b, uint32_t cp);
const char *buf_cstr(Buf *b);
void buf_free(Buf *b);

/* Growable typed array: VEC(int) v = {0}; vec_push(&v, 3); free(v.items). */
#define VEC(T) struct { T *items; uint32_t n, cap; }
#define vec_push(v, x)                                                          \
    do {                                                                        \
        if ((v)->n == (v)->cap) {                                               \
            (v)->cap = (v)->cap ? (v)->cap * 2 : 8;                             \
            (v)->items = xrealloc((v)->items, sizeof(*(v)->items) * (v)->cap);  \
        }                                                                       \
        (v)->items[(v)->n++] = (x);                                             \
    } while (0)
#define vec_free(v) (free((v)->items), (v)->items = NULL, (v)->n = (v)->cap = 0)

/* Reads a whole file; NULL (errno set) on failure. */
char *read_file(const char *path, size_t *len);

#endif

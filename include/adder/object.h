/* adder/object.h: the heap object model.
 *
 * Unboxed values (int64_t, double, bool, tuples as C structs) never come
 * here. Every heap object starts with adder_object_t: a 32-bit reference
 * count and a pointer to its type descriptor. Reference counting is
 * deterministic: adder_decref() to zero calls the type's dealloc, which
 * releases the object's children and returns its block to adder_free.
 *
 * Invariants:
 *  - refcnt == ADDER_REFCNT_IMMORTAL marks a static object (a string
 *    literal in flash, the MemoryError instance): incref/decref never
 *    write it, so it may live in read-only memory. A count that would
 *    reach that value by increments becomes immortal, i.e. leaks safely.
 *  - Runtime functions taking objects borrow them (const pointers);
 *    functions returning an object pointer return a new reference, or NULL
 *    with the current exception set (see exc.h).
 *
 * The type descriptor's repr/str/eq/hash hooks are for the code generator
 * and containers; NULL means "not provided". */
#ifndef ADDER_OBJECT_H
#define ADDER_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "adder/alloc.h"
#include "adder/config.h"

#define ADDER_REFCNT_IMMORTAL UINT32_MAX

typedef struct adder_type adder_type_t;
struct adder_str;

typedef struct adder_object {
    uint32_t refcnt;
    const adder_type_t *type;
} adder_object_t;

struct adder_type {
    const char *name; /* Python type name, e.g. "str" */
    size_t size;      /* bytes of the fixed part of an instance */
    /* Releases the children of o and frees o's block (only the type knows
     * the block's size for variable-size objects). */
    void (*dealloc)(adder_object_t *o);
    /* repr(o) / str(o): a new str, or NULL with an exception set. */
    struct adder_str *(*repr)(const adder_object_t *o);
    struct adder_str *(*str)(const adder_object_t *o);
    /* a == b: 1 or 0, or -1 with an exception set. */
    int (*eq)(const adder_object_t *a, const adder_object_t *b);
    /* hash(o); deterministic across runs and machines. */
    int64_t (*hash)(const adder_object_t *o);
};

/* Static initializer of the header of an immortal object. */
#define ADDER_OBJECT_STATIC_INIT(typep) { ADDER_REFCNT_IMMORTAL, (typep) }

/* Calls the type's dealloc; used by adder_decref. */
void adder_object_dealloc(adder_object_t *o);

static inline void adder_incref(const void *p) {
    adder_object_t *o = (adder_object_t *)p;
    if (o->refcnt != ADDER_REFCNT_IMMORTAL)
        o->refcnt++;
}

/* adder_incref for a value that may be None (NULL): instances and optionals. */
static inline void adder_xincref(const void *p) {
    if (p)
        adder_incref(p);
}

static inline void adder_decref(const void *p) {
    adder_object_t *o = (adder_object_t *)p;
    if (o->refcnt == ADDER_REFCNT_IMMORTAL)
        return;
    if (--o->refcnt == 0)
        adder_object_dealloc(o);
}

/* adder_decref for a pointer that may be NULL. */
static inline void adder_xdecref(const void *p) {
    if (p)
        adder_decref(p);
}

/* Allocates size bytes for an object of type t with refcnt 1. Raises
 * MemoryError and returns NULL on exhaustion. */
void *adder_object_new(const adder_type_t *t, size_t size);
/* Frees the block of an object allocated with size bytes (for deallocs). */
void adder_object_free(adder_object_t *o, size_t size);

/* ---- sequence helpers shared by str and list (object.c) ---- */

/* A missing slice bound (x[:j], x[i:]). The code generator passes it for
 * an omitted bound; a literal bound of -2**63 is read as omitted. */
#define ADDER_SLICE_NONE INT64_MIN

/* Python's slice.indices(): clamps *start and *stop for a sequence of
 * len items and returns the slice length, or -1 with ValueError "slice
 * step cannot be zero". */
int64_t adder_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

/* Adds len to a negative index; 0 if the result is in [0, len), else -1
 * (no exception: callers raise their own IndexError text). */
static inline int adder_index_normalize(int64_t *i, int64_t len) {
    if (*i < 0)
        *i += len;
    return (*i >= 0 && *i < len) ? 0 : -1;
}

#endif

/* support/arena.c: chunked bump allocator (see arena.h).
 *
 * Chunks grow geometrically from ARENA_MIN_CHUNK; a request larger than half
 * a chunk gets a chunk of its own, so big arrays do not waste the tail of
 * the current one. */
#include "support/arena.h"
#include "support/util.h"

#include <stdlib.h>
#include <string.h>

/* The first chunk is small so that tiny inputs (fuzzing, unit tests) stay
 * cheap; later chunks double up to ARENA_MAX_CHUNK. */
enum { ARENA_MIN_CHUNK = 16 * 1024, ARENA_MAX_CHUNK = 4 * 1024 * 1024 };

struct ArenaChunk {
    ArenaChunk *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
};

void arena_init(Arena *a) {
    a->head = NULL;
    a->total = 0;
}

void arena_free(Arena *a) {
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    arena_init(a);
}

static ArenaChunk *chunk_new(size_t cap) {
    ArenaChunk *c = malloc(sizeof(ArenaChunk) + cap);
    if (!c)
        fatal_oom();
    c->next = NULL;
    c->used = 0;
    c->cap = cap;
    return c;
}

void *arena_alloc(Arena *a, size_t size) {
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    ArenaChunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        size_t cap = c ? c->cap * 2 : ARENA_MIN_CHUNK;
        if (cap > ARENA_MAX_CHUNK)
            cap = ARENA_MAX_CHUNK;
        if (size > cap / 2) {
            /* A big block gets its own chunk behind the current one. */
            ArenaChunk *big = chunk_new(size);
            big->used = size;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            a->total += size;
            memset(big->data, 0, size);
            return big->data;
        }
        ArenaChunk *fresh = chunk_new(cap);
        fresh->next = c;
        a->head = c = fresh;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void *arena_memdup(Arena *a, const void *p, size_t n) {
    void *q = arena_alloc(a, n ? n : 1);
    if (n)
        memcpy(q, p, n);
    return q;
}

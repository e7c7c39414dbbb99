/* runtime/alloc.c: adder_alloc and its two backends.
 *
 * ADDER_ALLOC_ARENA == 0: malloc/free/realloc of the C library.
 * ADDER_ALLOC_ARENA == 1: the first-fit arena of arena.c over the block
 * given to adder_heap_init (kept in adder_rt.arena).
 * Both keep adder_rt.heap up to date (current/peak bytes, live blocks):
 * the malloc backend counts requested bytes, the arena its rounded block
 * sizes, i.e. real arena use. In test builds (ADDER_DEBUG_ALLOC_FAIL) a
 * countdown makes allocations fail on demand. */
#include <stdlib.h>
#include <string.h>

#include "adder/adder.h"

static void count_alloc(size_t n) {
    adder_heap_stats_t *h = &adder_rt.heap;
    h->current_bytes += n;
    h->live_blocks++;
    h->total_allocs++;
    if (h->current_bytes > h->peak_bytes)
        h->peak_bytes = h->current_bytes;
}

static void count_free(size_t n) {
    adder_rt.heap.current_bytes -= n;
    adder_rt.heap.live_blocks--;
}

/* True when the test hook says this allocation must fail. */
static int should_fail(void) {
#if ADDER_DEBUG_ALLOC_FAIL
    if (adder_rt.alloc_fail_after == 0)
        return 1;
    if (adder_rt.alloc_fail_after > 0)
        adder_rt.alloc_fail_after--;
#endif
    return 0;
}

#if ADDER_DEBUG_ALLOC_FAIL
void adder_alloc_fail_after(long n) {
    adder_rt.alloc_fail_after = n < 0 ? -1 : n;
}
#endif

#if ADDER_ALLOC_ARENA

void adder_heap_init(void *start, size_t size) {
    /* The non-zero fields of adder_rt (kept in .bss: see object.c). */
    adder_rt.recursion_limit = ADDER_RECURSION_LIMIT;
#if ADDER_DEBUG_ALLOC_FAIL
    adder_rt.alloc_fail_after = -1;
#endif
    adder_arena_init(&adder_rt.arena, start, size);
}

void *adder_alloc(size_t n) {
    size_t got = 0;
    void *p;
    if (should_fail())
        return NULL;
    p = adder_arena_alloc(&adder_rt.arena, n, &got);
    if (p)
        count_alloc(got);
    return p;
}

void adder_free(void *p, size_t n) {
    if (!p)
        return;
    adder_arena_free(&adder_rt.arena, p, n);
    count_free(adder_arena_round(n));
}

void *adder_realloc(void *p, size_t old_n, size_t new_n) {
    void *q;
    if (p && adder_arena_round(old_n) == adder_arena_round(new_n))
        return p;
    q = adder_alloc(new_n);
    if (!q)
        return NULL;
    if (p) {
        memcpy(q, p, old_n < new_n ? old_n : new_n);
        adder_free(p, old_n);
    }
    return q;
}

#else

void *adder_alloc(size_t n) {
    void *p;
    if (n == 0)
        n = 1;
    if (should_fail())
        return NULL;
    p = malloc(n);
    if (p)
        count_alloc(n);
    return p;
}

void adder_free(void *p, size_t n) {
    if (!p)
        return;
    free(p);
    count_free(n == 0 ? 1 : n);
}

void *adder_realloc(void *p, size_t old_n, size_t new_n) {
    void *q;
    if (!p)
        return adder_alloc(new_n);
    if (new_n == 0)
        new_n = 1;
    if (should_fail())
        return NULL;
    q = realloc(p, new_n);
    if (!q)
        return NULL;
    count_free(old_n == 0 ? 1 : old_n);
    count_alloc(new_n);
    adder_rt.heap.total_allocs--; /* a resize is not a new block */
    return q;
}

#endif

adder_heap_stats_t adder_heap_stats(void) {
    return adder_rt.heap;
}

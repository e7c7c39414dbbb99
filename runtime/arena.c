/* runtime/arena.c: the bare-metal heap algorithm.
 *
 * A first-fit free list over one block of memory. Blocks carry no header:
 * the caller of adder_arena_free passes back the size it allocated with,
 * which is rounded the same way again. Every block size is a multiple of
 * ADDER_ARENA_GRAIN (8 bytes on 32-bit targets, 16 on 64-bit hosts: the
 * size of a free-list node), so a split never leaves an unusable sliver.
 *
 * Invariants: the free list is ordered by address; no two free blocks
 * touch (they are coalesced on free); every free block lies inside
 * [start, start + size) and is grain aligned. Allocation is O(free
 * blocks), free is O(free blocks) for the ordered insert. */
#include <stdint.h>

#include "adder/alloc.h"

size_t adder_arena_round(size_t n) {
    size_t g = ADDER_ARENA_GRAIN;
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - g)
        return 0;
    return (n + g - 1) / g * g;
}

void adder_arena_init(adder_arena_t *a, void *start, size_t size) {
    uintptr_t lo = (uintptr_t)start;
    uintptr_t g = ADDER_ARENA_GRAIN;
    uintptr_t aligned = (lo + g - 1) / g * g;
    size_t skip = (size_t)(aligned - lo);
    a->start = (unsigned char *)start + skip;
    a->size = size > skip ? (size - skip) / g * g : 0;
    a->free_list = NULL;
    if (a->size >= g) {
        adder_arena_free_t *f = (adder_arena_free_t *)(void *)a->start;
        f->size = a->size;
        f->next = NULL;
        a->free_list = f;
    }
}

void *adder_arena_alloc(adder_arena_t *a, size_t n, size_t *got) {
    size_t need = adder_arena_round(n);
    adder_arena_free_t **link = &a->free_list;
    if (need == 0)
        return NULL;
    for (adder_arena_free_t *f = *link; f; link = &f->next, f = f->next) {
        if (f->size < need)
            continue;
        if (f->size == need) {
            *link = f->next;
        } else {
            /* Keep the low part free; hand out the high end. */
            f->size -= need;
            f = (adder_arena_free_t *)(void *)((unsigned char *)f + f->size);
        }
        if (got)
            *got = need;
        return f;
    }
    return NULL;
}

/* Merges f with its successor if they touch. */
static void merge_next(adder_arena_free_t *f) {
    adder_arena_free_t *next = f->next;
    if (next && (unsigned char *)f + f->size == (unsigned char *)next) {
        f->size += next->size;
        f->next = next->next;
    }
}

void adder_arena_free(adder_arena_t *a, void *p, size_t n) {
    adder_arena_free_t *blk = p;
    adder_arena_free_t *prev = NULL;
    adder_arena_free_t *cur = a->free_list;
    if (!p)
        return;
    while (cur && cur < blk) {
        prev = cur;
        cur = cur->next;
    }
    blk->size = adder_arena_round(n);
    blk->next = cur;
    if (prev)
        prev->next = blk;
    else
        a->free_list = blk;
    merge_next(blk);
    if (prev)
        merge_next(prev);
}

size_t adder_arena_free_bytes(const adder_arena_t *a, size_t *largest) {
    size_t total = 0;
    size_t big = 0;
    for (const adder_arena_free_t *f = a->free_list; f; f = f->next) {
        total += f->size;
        if (f->size > big)
            big = f->size;
    }
    if (largest)
        *largest = big;
    return total;
}

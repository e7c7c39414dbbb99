/* adder/alloc.h: the runtime's only allocator.
 *
 * Every heap block of the runtime and of generated code comes from
 * adder_alloc and goes back through adder_free with the SAME size, so the
 * bare-metal arena needs no per-block header. Two backends, chosen by
 * ADDER_ALLOC_ARENA (config.h):
 *   0  malloc/free of the host C library;
 *   1  a first-fit free list over one static block given to
 *      adder_heap_init() (8-byte aligned, neighbours coalesced on free).
 * Exhaustion returns NULL and never corrupts anything; the caller raises
 * MemoryError (adder_raise_memory_error(), which does not allocate).
 * adder_heap_stats() reports current and peak use, for --heap sizing.
 *
 * The arena algorithm itself (adder_arena_*) works on a caller-owned
 * adder_arena_t, so it is usable and testable in any configuration. */
#ifndef ADDER_ALLOC_H
#define ADDER_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "adder/config.h"

/* Every arena block is a multiple of this many bytes and starts on it:
 * 8-byte alignment for int64/double, and room for a free-list node. */
#define ADDER_ARENA_GRAIN (sizeof(void *) > 4 ? (size_t)16 : (size_t)8)

typedef struct {
    size_t current_bytes; /* bytes in live blocks (arena: rounded sizes) */
    size_t peak_bytes;    /* high-water mark of current_bytes */
    size_t live_blocks;   /* blocks allocated and not yet freed */
    size_t total_allocs;  /* successful adder_alloc calls since start */
} adder_heap_stats_t;

/* A free-list node, stored in the free block itself. */
typedef struct adder_arena_free {
    size_t size; /* bytes of this free block, a multiple of the grain */
    struct adder_arena_free *next; /* next free block, higher address */
} adder_arena_free_t;

typedef struct {
    unsigned char *start; /* first usable byte, grain aligned */
    size_t size;          /* usable bytes, a multiple of the grain */
    adder_arena_free_t *free_list; /* address ordered */
} adder_arena_t;

/* Returns n bytes (8-byte aligned) or NULL when memory is exhausted. */
void *adder_alloc(size_t n);
/* Releases a block from adder_alloc; n must be the size it was asked
 * with. adder_free(NULL, n) does nothing. */
void adder_free(void *p, size_t n);
/* Resizes a block from old_n to new_n bytes, keeping the common prefix.
 * On failure returns NULL and the old block is still valid. */
void *adder_realloc(void *p, size_t old_n, size_t new_n);
/* Current/peak bytes and live block count. */
adder_heap_stats_t adder_heap_stats(void);

#if ADDER_ALLOC_ARENA
/* Gives the runtime its heap: size bytes at start (any alignment; the
 * edges that are not grain aligned are not used). Call once, before any
 * allocation. */
void adder_heap_init(void *start, size_t size);
#endif

#if ADDER_DEBUG_ALLOC_FAIL
/* The next n allocations succeed, then every one fails until this is
 * called again; n < 0 turns failures off (the default). */
void adder_alloc_fail_after(long n);
#endif

/* The arena algorithm on a caller-owned arena (runtime/arena.c). */
void adder_arena_init(adder_arena_t *a, void *start, size_t size);
/* Returns a block of at least n bytes, or NULL. *got receives the block's
 * real (rounded) size if got is not NULL. */
void *adder_arena_alloc(adder_arena_t *a, size_t n, size_t *got);
/* Returns a block; n is the size it was asked with. */
void adder_arena_free(adder_arena_t *a, void *p, size_t n);
/* Bytes of the block adder_arena_alloc(a, n) would hand out. */
size_t adder_arena_round(size_t n);
/* Total free bytes and the largest free block (for tests and reports). */
size_t adder_arena_free_bytes(const adder_arena_t *a, size_t *largest);

#endif

/* support/arena.h: bump allocation for the compiler's AST, types and IR.
 *
 * An Arena hands out memory from large chunks and frees it all at once with
 * arena_free(). Single objects are never freed. Allocations are zeroed and
 * aligned for any C object. Out of memory aborts: the compiler has no way to
 * go on without memory, and this is the one place that decides so. */
#ifndef ADDER_SUPPORT_ARENA_H
#define ADDER_SUPPORT_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;   /* chunk being filled; older chunks follow it */
    size_t total;       /* bytes handed out, for statistics */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
void *arena_memdup(Arena *a, const void *p, size_t n);

#define arena_new(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define arena_array(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif

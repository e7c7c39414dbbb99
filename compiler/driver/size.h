/* driver/size.h: the size report of a linked program (`--size`).
 *
 * Reads the ELF itself (32- and 64-bit), the GNU ld map file and the
 * -fstack-usage / -fcallgraph-info files gcc wrote beside the objects, and
 * prints flash (text+data), static RAM (data+bss), the heap arena and the
 * worst-case stack where the call graph tells it. SIZE_FULL breaks flash
 * and RAM down per Python function and per runtime part, and names for
 * each runtime part the Python line that pulled it in (from the generated
 * C's #line directives).
 *
 * The output (stable; tests/size/run_size.py and tests/unit/test_size.c
 * parse it; numbers with thousands separators):
 *   size of NAME for TARGET:
 *     flash      N B[ of LIMIT B (P%)]  text N + data N
 *     static RAM N B                    data N + bss N
 *     heap       N B                    static arena | none (malloc)
 *     stack      N B worst case | unbounded (recursion: f -> g -> f): N B along
 *                the known calls | unknown (indirect call in f): N B along ...
 *                path: root -> ... -> leaf
 *                [not counted (no stack data): memcpy, ...]
 *     RAM        N B[ of LIMIT B (P%)]  static N + heap N + stack reserve N
 *   SIZE_FULL then: "flash per Python function:", "per runtime part:" (flash,
 *   RAM, part, "prog.py:3 (symbol)" | "via PART (symbol)" | "by FILE (symbol)"),
 *   "program objects and other libraries:", "RAM per symbol (data, bss):".
 *   Last, per overflowing limit:
 *   error: the program does not fit TARGET: flash|RAM overflows by N B
 * Overflows are measured over the span ld checks (alignment padding
 * included), so they equal ld's "region `FLASH' overflowed by N bytes".
 * Flash = text + data (the initial image of data is in flash). RAM (the
 * figure checked against ram_limit) = data + bss + heap + stack reserve,
 * where the heap is the .heap section (or __adder_heap_start/_end, or an
 * object in .bss of exactly heap_bytes) and the stack reserve the .stack
 * section of runtime/boards/cortex-m.ld. */
#ifndef ADDER_DRIVER_SIZE_H
#define ADDER_DRIVER_SIZE_H

#include <stdint.h>
#include <stdio.h>

#include "driver/driver.h"

typedef struct SizeRequest {
    SizeMode mode;               /* SIZE_SUMMARY or SIZE_FULL */
    const char *target;          /* target name for the heading ("host", "cortex-m0") */
    const char *elf;             /* the linked program */
    const char *name;            /* shown in the heading (the -o file when elf is the
                                    report relink); NULL: elf's base name */
    const char *map;             /* its map file (-Wl,-Map=FILE), or NULL */
    const char *stack_dir;       /* directory (searched recursively) holding the program's
                                    -fcallgraph-info=su .ci files, or NULL */
    const char *runtime_stack_dir; /* the same for the runtime's objects, or NULL */
    const char *const *c_paths;  /* the generated C files (with #line directives) */
    uint32_t nc;
    uint64_t flash_limit;        /* bytes of flash on the target; 0: no limit (hosts) */
    uint64_t ram_limit;          /* bytes of RAM; 0: no limit */
    uint64_t heap_bytes;         /* the static heap arena, part of RAM (0: malloc) */
} SizeRequest;

typedef struct SizeResult {
    uint64_t flash_bytes, ram_bytes;   /* as reported */
    uint64_t flash_span, ram_span;     /* first to last byte used, alignment gaps included:
                                          what the linker checks against a region */
    uint64_t flash_over, ram_over;     /* span bytes beyond the limits; 0 when it fits */
    uint64_t stack_bytes;              /* heaviest call path found (0: no call graph) */
    bool stack_bounded;                /* ...and no recursion, indirect call or dynamic frame */
} SizeResult;

/* Prints the report to out and fills *res. Returns false (after a message
 * on stderr) if the ELF cannot be read. */
bool driver_size_report(FILE *out, const SizeRequest *req, SizeResult *res);

#endif

/* driver/size.h: the size report of a linked program (`--size`).
 *
 * Reads the ELF itself (32- and 64-bit), the GNU ld map file and the
 * -fstack-usage / -fcallgraph-info files gcc wrote beside the objects, and
 * prints flash (text+data), static RAM (data+bss), the heap arena and the
 * worst-case stack where the call graph tells it. SIZE_FULL breaks flash
 * and RAM down per Python function and per runtime part, and names for
 * each runtime part the Python line that pulled it in (from the generated
 * C's #line directives). */
#ifndef ADDER_DRIVER_SIZE_H
#define ADDER_DRIVER_SIZE_H

#include <stdint.h>
#include <stdio.h>

#include "driver/driver.h"

typedef struct SizeRequest {
    SizeMode mode;               /* SIZE_SUMMARY or SIZE_FULL */
    const char *target;          /* target name for the heading ("host", "cortex-m0") */
    const char *elf;             /* the linked program */
    const char *map;             /* its map file (-Wl,-Map=FILE), or NULL */
    const char *stack_dir;       /* directory holding the .su / .ci files, or NULL */
    const char *const *c_paths;  /* the generated C files (with #line directives) */
    uint32_t nc;
    uint64_t flash_limit;        /* bytes of flash on the target; 0: no limit (hosts) */
    uint64_t ram_limit;          /* bytes of RAM; 0: no limit */
    uint64_t heap_bytes;         /* the static heap arena, part of RAM (0: malloc) */
} SizeRequest;

typedef struct SizeResult {
    uint64_t flash_bytes, ram_bytes;   /* as reported */
    uint64_t flash_over, ram_over;     /* bytes beyond the limits; 0 when it fits */
} SizeResult;

/* Prints the report to out and fills *res. Returns false (after a message
 * on stderr) if the ELF cannot be read. */
bool driver_size_report(FILE *out, const SizeRequest *req, SizeResult *res);

#endif

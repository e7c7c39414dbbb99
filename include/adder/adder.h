/* adder/adder.h: the runtime API generated code includes.
 *
 * Pulls in every public runtime header and holds the two things shared by
 * all of them:
 *  - adder_rt, the runtime's single mutable record: the current exception
 *    and its traceback, the call depth, heap statistics (and the arena),
 *    the stdout buffer and, in test builds, the test hooks. Nothing else
 *    in the runtime is mutable static data.
 *  - print.c's console output: stdout is fully buffered in adder_rt and
 *    flushed by adder_output_flush() (at exit and before anything is
 *    written to stderr); stderr is written through at once. All bytes go
 *    to adder_port_write (or the test hook). */
#ifndef ADDER_ADDER_H
#define ADDER_ADDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "adder/alloc.h"
#include "adder/config.h"
#include "adder/exc.h"
#include "adder/list.h"
#include "adder/object.h"
#include "adder/port.h"
#include "adder/str.h"

/* Bytes of stdout kept before a write to the port. */
#ifndef ADDER_STDOUT_BUFFER_SIZE
#if ADDER_LEVEL_AT_LEAST_FULL
#define ADDER_STDOUT_BUFFER_SIZE (4096)
#else
#define ADDER_STDOUT_BUFFER_SIZE (128)
#endif
#endif

/* Console streams, as print(..., file=sys.stdout / sys.stderr). */
#define ADDER_STDOUT (1)
#define ADDER_STDERR (2)

#if ADDER_DEBUG_OUTPUT_HOOK
typedef void (*adder_output_hook_t)(void *ctx, int stream, const char *data, size_t n);
#endif

typedef struct {
    /* exceptions (exc.c) */
    adder_exc_t *exc;       /* current exception, owned; NULL if none */
    adder_tb_t tb;          /* frames the current exception went through */
    uint32_t depth;         /* active Python frames (module body included) */
    uint32_t recursion_limit;
    /* heap (alloc.c) */
    adder_heap_stats_t heap;
#if ADDER_ALLOC_ARENA
    adder_arena_t arena;
#endif
#if ADDER_DEBUG_ALLOC_FAIL
    long alloc_fail_after;  /* successes left before failing; <0: never */
#endif
    /* console (print.c) */
    size_t out_len;
    char out_buf[ADDER_STDOUT_BUFFER_SIZE];
#if ADDER_DEBUG_OUTPUT_HOOK
    adder_output_hook_t out_hook;
    void *out_hook_ctx;
#endif
} adder_rt_t;

extern adder_rt_t adder_rt;

static inline bool adder_exc_occurred(void) {
    return adder_rt.exc != NULL;
}

/* Raises RecursionError "maximum recursion depth exceeded"; returns -1. */
int adder_raise_recursion_error(void);

/* Function entry: counts the frame; -1 with RecursionError past the
 * limit (then the frame is not counted and adder_call_leave must not be
 * called). */
static inline int adder_call_enter(void) {
    if (adder_rt.depth >= adder_rt.recursion_limit)
        return adder_raise_recursion_error();
    adder_rt.depth++;
    return 0;
}

/* Function exit, on every return path after a successful enter. */
static inline void adder_call_leave(void) {
    adder_rt.depth--;
}

/* ---- console output (print.c) ---- */

/* Writes n bytes to a stream through the stdout buffer. */
void adder_output_write(int stream, const char *data, size_t n);
/* Writes the buffered stdout bytes to the port. */
void adder_output_flush(void);
#if ADDER_DEBUG_OUTPUT_HOOK
/* Sends all output to hook (NULL restores adder_port_write). */
void adder_output_set_hook(adder_output_hook_t hook, void *ctx);
#endif

/* print() pieces: the code generator emits one call per argument, with
 * adder_print_sep between them and adder_print_end after the last. */
void adder_print_str(int stream, const adder_str_t *s);
void adder_print_int(int stream, int64_t v);
void adder_print_float(int stream, double v);
void adder_print_bool(int stream, bool v);
void adder_print_none(int stream);
/* sep / end: NULL means the default " " / "\n". */
void adder_print_sep(int stream, const adder_str_t *sep);
void adder_print_end(int stream, const adder_str_t *end);

/* End of the program: handles a pending exception (see
 * adder_exit_from_exception), flushes stdout and returns the status for
 * main() to return. */
int adder_rt_finish(void);

#endif

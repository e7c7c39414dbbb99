/* adder/exc.h: exceptions, propagated by return codes.
 *
 * A runtime or generated function that fails sets the current exception
 * (adder_rt.exc, see adder.h) and returns its error value: NULL for
 * pointers, -1 for int status codes. Each caller that sees the error
 * either handles it (adder_exc_matches + adder_exc_clear/fetch) or calls
 * adder_tb_push(file, func, line) for its own frame and returns its error
 * value too. At the top, main() calls adder_exit_from_exception(), which
 * prints a CPython-style traceback (or handles SystemExit) and gives the
 * exit status.
 *
 * Exception classes are static adder_exc_type_t records linked to their
 * base; isinstance walks the chain. The built-in hierarchy is the
 * ADDER_EXC_TYPES X-macro below; user classes are emitted by the compiler
 * the same way (name "__main__.MyError", as CPython prints it).
 *
 * Traceback frames go to a fixed store (never allocates): consecutive
 * identical frames (recursion) are run-length counted and printed like
 * CPython's "[Previous line repeated N more times]"; beyond
 * ADDER_TB_INNER + ADDER_TB_OUTER distinct entries, the middle is dropped.
 * MemoryError is a preallocated immortal instance: raising it never
 * allocates. Limitation: the frames belong to the runtime, not to the
 * exception object, so a re-raised exception (adder_exc_restore) restarts
 * its traceback at the re-raise point. */
#ifndef ADDER_EXC_H
#define ADDER_EXC_H

#include <stdbool.h>
#include <stdint.h>

#include "adder/config.h"
#include "adder/object.h"

struct adder_str;

/* Entries of the traceback store: the innermost ones (where the error
 * happened) and a ring of the outermost ones. Each costs 16 bytes on
 * 32-bit targets. */
#ifndef ADDER_TB_INNER
#define ADDER_TB_INNER (8)
#endif
#ifndef ADDER_TB_OUTER
#define ADDER_TB_OUTER (8)
#endif
/* CPython's default sys.getrecursionlimit(); the module body counts as
 * one frame, as in CPython. */
#ifndef ADDER_RECURSION_LIMIT
#define ADDER_RECURSION_LIMIT (1000)
#endif
/* Identical consecutive frames CPython prints before collapsing. */
#define ADDER_TB_REPEAT_SHOWN (3)

typedef struct adder_exc_type {
    const char *name; /* as printed: "ValueError", "__main__.MyError" */
    const struct adder_exc_type *base; /* NULL only for BaseException */
} adder_exc_type_t;

/* X(name, base) for every built-in class but BaseException, parents
 * first. */
#define ADDER_EXC_TYPES(X) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) \
    X(ZeroDivisionError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(EOFError, Exception) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(OSError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopIteration, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception)

extern const adder_exc_type_t adder_exc_BaseException;
#define ADDER_EXC_DECLARE(name, base) extern const adder_exc_type_t adder_exc_##name;
ADDER_EXC_TYPES(ADDER_EXC_DECLARE)
#undef ADDER_EXC_DECLARE

/* &adder_exc_ValueError etc. */
#define ADDER_EXC(name) (&adder_exc_##name)

/* What a SystemExit carries (sys.exit(), sys.exit(n), sys.exit("msg")). */
typedef enum {
    ADDER_EXIT_CODE_NONE = 0,
    ADDER_EXIT_CODE_INT = 1,
    ADDER_EXIT_CODE_STR = 2
} adder_exit_code_kind_t;

/* An exception instance (a heap object, type adder_exc_object_type). */
typedef struct adder_exc {
    adder_object_t ob;
    const adder_exc_type_t *etype;
    struct adder_str *msg; /* owned; NULL when there is none */
    const char *cmsg;      /* static runtime text, used when msg is NULL */
    int64_t code;          /* SystemExit: the int code */
    uint8_t code_kind;     /* adder_exit_code_kind_t */
} adder_exc_t;

extern const adder_type_t adder_exc_object_type;

/* One traceback entry: a frame, seen 1 + repeat times in a row. */
typedef struct {
    const char *file;
    const char *func;
    int32_t line;
    uint32_t repeat;
} adder_tb_entry_t;

typedef struct {
    adder_tb_entry_t inner[ADDER_TB_INNER]; /* first entries pushed */
    adder_tb_entry_t outer[ADDER_TB_OUTER]; /* ring of the latest ones */
    uint32_t n_inner;
    uint32_t n_outer;      /* entries ever put in the ring */
    uint64_t dropped;      /* frames lost from the ring's overwritten slots */
} adder_tb_t;

/* True if class t is base or derives from it. */
bool adder_exc_type_is_subclass(const adder_exc_type_t *t, const adder_exc_type_t *base);

/* Raise t with a message (borrowed; NULL for none). Replaces any current
 * exception. Always returns -1, so `return adder_raise(...)` works. If
 * the exception object cannot be allocated, MemoryError is raised. */
int adder_raise(const adder_exc_type_t *t, const struct adder_str *msg);
/* Raise t with a static C string message (runtime errors; no str is
 * allocated for the text). */
int adder_raise_text(const adder_exc_type_t *t, const char *text);
/* Raise the preallocated MemoryError; never allocates. Returns -1. */
int adder_raise_memory_error(void);
/* sys.exit(), sys.exit(n), sys.exit("msg"). Return -1. */
int adder_raise_system_exit_none(void);
int adder_raise_system_exit_int(int64_t code);
int adder_raise_system_exit_str(const struct adder_str *msg);
/* Make e (a reference the caller gives away) the current exception, with
 * a fresh traceback: `raise e`, bare `raise`. Returns -1. */
int adder_exc_restore(adder_exc_t *e);

/* The current exception (borrowed) or NULL. */
adder_exc_t *adder_exc_current(void);
/* adder_exc_occurred() is inline in adder.h. */
/* `except t:` test: the current exception is an instance of t. */
bool adder_exc_matches(const adder_exc_type_t *t);
/* Drops the current exception and its traceback. */
void adder_exc_clear(void);
/* `except T as e:`: takes the current exception (new reference for the
 * caller) and clears the slot. */
adder_exc_t *adder_exc_fetch(void);
/* str(e): the message (new reference; "" when there is none). NULL with
 * MemoryError on exhaustion. */
struct adder_str *adder_exc_str(const adder_exc_t *e);

/* Appends the caller's frame to the traceback as the exception passes
 * through it; file and func must be static strings. */
void adder_tb_push(const char *file, const char *func, int line);
/* Prints "Traceback (most recent call last):", the frames and the last
 * line "TypeName: message" to stderr (stdout is flushed first). */
void adder_exc_print_uncaught(void);
/* Called by main() when the module body failed: handles SystemExit
 * (returns its code; prints a str code to stderr and returns 1) or prints
 * the traceback and returns 1. Clears the exception. With no exception
 * pending, returns 0. The status is truncated to 0..255 like exit(). */
int adder_exit_from_exception(void);

#endif

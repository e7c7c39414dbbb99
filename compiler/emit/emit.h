/* emit/emit.h: the C back end: IR module -> one C99 translation unit and
 * its header.
 *
 * The output is deterministic (no pointers, no timestamps, no directory
 * names: tracebacks use the file's base name), warning-free under
 * `-std=c99 -Wall -Wextra -Wpedantic -Werror` with gcc and clang, and
 * readable: Python names survive as C locals, temporaries are `t<N>`,
 * blocks are labels `b<N>:` joined by gotos, functions keep FuncInfo.cname.
 *
 * Type mapping: int -> int64_t, float -> double, bool -> bool,
 * str -> adder_str_t *, list[T] -> adder_list_t * with unboxed T elements,
 * bytearray -> adder_list_t * of uint8_t elements (a list with elem_size 1;
 * no separate runtime type), class C -> struct <cname> * (object header,
 * then the fields in FieldInfo order), builtin exception instance ->
 * adder_exc_t *, `C | None` -> the same nullable pointer, tuple -> a
 * generated struct `<mod>__tupleN` with members f0..fN-1. */
#ifndef ADDER_EMIT_EMIT_H
#define ADDER_EMIT_EMIT_H

#include <stdbool.h>
#include <stdio.h>

#include "ir/ir.h"

typedef struct EmitOptions {
    bool line_directives;   /* -g: `#line N "file.py"` before statements */
    bool with_main;         /* emit int main(): the module is the program */
    const char *module;     /* mangling prefix (NULL: the SemaModule's name or "main") */
    const char *path;       /* source path; only its base name is used */
    const char *header;     /* file name the .c includes for its header ("x.h");
                               NULL: the header text is written into the .c itself */
    /* --- modules --- */
    bool lib;               /* also emit `int adder_init_<module>(void)` (see below) */
    const char *const *includes; /* headers of the imported modules ("filters.h"), */
    uint32_t nincludes;     /* included by this module's header, in import order */
    /* --- end D --- */
} EmitOptions;

/* Modules: the module body function (IrModule.init) of a module emitted
 * without main() runs once: later calls return at once (an import runs
 * the module the first time only). Classes and globals of other modules
 * come from their headers (opt->includes); a module's globals are extern
 * `<module>__g_<name>`. With opt->lib the module exports
 *     int adder_init_<module>(void);
 * which the firmware calls once before anything else of the module: it
 * starts the runtime (sys.argv = ["<module>"]) on its first call, runs the
 * module body and returns 0, or, when an exception escaped, prints the
 * traceback like the program would and returns its exit status (1; the
 * code of a SystemExit). Later calls return 0 and do nothing. */

/* ---- emit_c.c ---- */
/* Writes the C translation unit to c and its header to h (h may be NULL
 * when opt->header is NULL). */
void emit_c_module(FILE *c, FILE *h, const IrModule *m, const EmitOptions *opt);

#endif

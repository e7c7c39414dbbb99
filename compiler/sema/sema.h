/* sema/sema.h: semantic analysis of a parsed module.
 *
 * For now this is the set of checks CPython makes after parsing, in its
 * symbol table and compiler, which `ast.parse` does not make: `break` or
 * `continue` outside a loop, `return`/`yield` outside a function, `await`
 * outside an async function, `nonlocal` at module level, and the like. Type
 * checking will grow here. */
#ifndef ADDER_SEMA_SEMA_H
#define ADDER_SEMA_SEMA_H

#include "parse/ast.h"
#include "support/arena.h"

typedef struct SemaCtx {
    Arena *arena;
    DiagSink *diag;
    const SourceFile *src;
} SemaCtx;

/* ---- check_syntax.c ---- */
/* Reports every violation found; returns true if the module is clean. */
bool sema_check_module(SemaCtx *cx, const AstModule *mod);

#endif

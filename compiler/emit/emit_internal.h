/* emit/emit_internal.h: state shared by emit_c.c (module layout, types,
 * names) and emit_ins.c (instructions). Internal to emit/. */
#ifndef ADDER_EMIT_EMIT_INTERNAL_H
#define ADDER_EMIT_EMIT_INTERNAL_H

#include "emit/emit.h"
#include "support/arena.h"

typedef struct EmitGlobal {
    const Symbol *sym;
    const char *cname;
} EmitGlobal;

typedef struct EmitHelper {
    const Type *ty;             /* a tuple or list element type */
    unsigned need;              /* which callbacks (emit_helpers.c) */
} EmitHelper;

typedef struct Emit {
    FILE *c;                    /* the translation unit */
    FILE *h;                    /* declarations (== c when no header file) */
    const IrModule *m;
    const EmitOptions *opt;
    Arena arena;                /* names; freed at the end */
    const char *file;           /* base name of the source, for tracebacks */
    const char *mod;            /* mangling prefix */
    VEC(const Type *) tuples;   /* in dependency order; index = N of <mod>__tupleN */
    VEC(ClassInfo *) classes;   /* user classes, source order */
    VEC(EmitGlobal) globals;    /* globals the code touches */
    bool *str_used;             /* per module string */
    VEC(EmitHelper) helpers;    /* generated element callbacks */
    /* the function being emitted */
    const IrFunc *fn;
    const char *pyname;         /* traceback frame name */
    const char **vname;         /* C name per value */
    bool *label_used;           /* per block */
    uint32_t line;              /* last #line written, 0: none */
} Emit;

/* ---- emit_c.c ---- */
const char *emit_ctype(Emit *e, const Type *ty);
const char *emit_global_name(Emit *e, const Symbol *sym);
/* A C identifier for a Python name (keywords, macros and generated names
 * get a trailing '_'; non-ASCII bytes become _xHH). */
const char *emit_ident(Emit *e, const char *name);
const char *emit_field_name(Emit *e, const FieldInfo *f);
bool emit_is_exc_class(const ClassInfo *cls);
/* Writes bytes as the contents of a C string literal (no quotes). */
void emit_cstring(FILE *out, const char *s, size_t n);
uint32_t emit_line_of(const Emit *e, Span span);
/* "int64_t n" / "adder_str_t *s" (no space after a '*'). */
void emit_decl(Emit *e, FILE *out, const Type *ty, const char *name);
/* The function's C signature, without the ';' or body. */
void emit_signature(Emit *e, const IrFunc *fn);
/* Writes `call(<expr>);` for every object reference inside a value of ty
 * (call is adder_xdecref or adder_incref). */
void emit_release(Emit *e, const Type *ty, const char *expr, const char *call);

/* ---- emit_helpers.c ---- */
bool emit_needs_helpers(const Type *elem);
/* Name of the eq/lt/repr callback for elements of type ty (marks it used). */
const char *emit_elem_callback(Emit *e, const char *what, const Type *ty);
/* The element type of a CALL_RT adder_list_<op>_obj that is emitted with
 * generated callbacks instead, or NULL. */
const Type *emit_rewritten_elem(Emit *e, const IrIns *ins);
void emit_note_call(Emit *e, const IrFunc *fn, const IrIns *ins);
void emit_helper_definitions(Emit *e);

/* ---- emit_ins.c ---- */
void emit_function(Emit *e, const IrFunc *fn);
/* `return <zero of ty>;` (ty TY_NONE: `return;`). */
void emit_zero_return(Emit *e, const Type *ty);
/* `)) { adder_tb_push(file, func, line); goto b<unwind>; }`: closes the
 * `if (ADDER_UNLIKELY(` of a check that raises. */
void emit_raise_tail(Emit *e, const IrIns *ins);

/* ---- emit_fixed.c: the adder module's types ---- */
const char *emit_fixed_ctype(const Type *ty);
void emit_fixed_ins(Emit *e, const IrIns *ins, const char *dst, const char *a, const char *b, const Type *ta,
                    const Type *tdst);
/* false for a FIX_BIN/CONVERT whose C cannot raise (its unwind label is unused) */
bool emit_fixed_may_raise(const IrFunc *fn, const IrIns *ins);
/* `extern void gpio_write(uint8_t, bool);` for each @extern function */
void emit_fixed_externs(Emit *e, FILE *out);

#endif

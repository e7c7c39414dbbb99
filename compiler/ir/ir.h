/* ir/ir.h: Adder's intermediate representation, the output of lowering
 * and the input of the optimizer passes and the C emitter.
 *
 * A module is a list of functions; a function is a control-flow graph of
 * basic blocks; a block is an array of instructions whose last one (and only
 * that one) is a terminator (IRF_TERM). Values are typed slots, not SSA:
 * `fn->vals[ref]` is a local, a parameter or a temporary, and an
 * instruction may assign a slot that is assigned elsewhere. Slot types are
 * sema Types (sema/types.h); the emitter maps them to C types.
 *
 * What costs at run time is explicit: allocation (NEW, LIST_NEW, CALL_RT),
 * reference counts (INCREF, DECREF, CLEAR), bounds checks (INDEX_CHECK),
 * overflow and zero checks (the checked arithmetic ops), calls, and
 * exception edges: every IRF_RAISE instruction names an `unwind` block,
 * entered when it raises, with the exception pending. The traceback line of
 * a raise is the instruction's span.
 *
 * Reference-count discipline (lowering establishes it, passes preserve it):
 * every object-typed slot is either NULL or holds one owned reference, all
 * object slots start NULL, and the function's exit paths DECREF every object
 * slot (DECREF accepts NULL). Moving ownership out of a slot is MOV + CLEAR.
 *
 * Memory: one arena per IrModule; nothing is freed on its own. */
#ifndef ADDER_IR_IR_H
#define ADDER_IR_IR_H

#include "sema/sema.h"

typedef uint32_t IrRef;
#define IR_NONE UINT32_MAX

typedef enum IrOp {
#define OP(name, text, flags) IR_##name,
#include "ir/ops.def"
    IR__COUNT
} IrOp;

enum { IRF_RAISE = 1, IRF_TERM = 2, IRF_PURE = 4 };

/* How a CALL_RT reports an exception. */
typedef enum IrErrConv {
    IR_ERR_NEVER,   /* cannot fail */
    IR_ERR_NULL,    /* returns NULL on error */
    IR_ERR_NEG,     /* returns an int < 0 on error */
    IR_ERR_PENDING, /* check adder_rt.exc after the call */
} IrErrConv;

typedef enum IrValKind { IRV_PARAM, IRV_LOCAL, IRV_TEMP } IrValKind;

typedef struct IrVal {
    IrValKind kind;
    const Type *ty;
    const char *name; /* Python name for params and locals; NULL for temps */
} IrVal;

typedef struct IrIns {
    IrOp op;
    IrRef dst;              /* IR_NONE if no result */
    IrRef *args;            /* arena array */
    uint32_t nargs;
    int64_t imm;            /* see ops.def */
    double fimm;
    FuncInfo *fn;           /* CALL */
    ClassInfo *cls;         /* NEW, RAISE, EXC_MATCH */
    FieldInfo *field;       /* GET_FIELD, SET_FIELD */
    Symbol *sym;            /* GET_GLOBAL, SET_GLOBAL */
    const char *rt;         /* CALL_RT: runtime function name, e.g. "adder_str_concat" */
    IrErrConv errconv;      /* CALL_RT */
    uint32_t block[2];      /* JUMP: [0]; BRANCH: then [0], else [1] */
    uint32_t unwind;        /* IRF_RAISE ops: block entered on an exception */
    Span span;              /* source position: tracebacks, #line */
} IrIns;

typedef struct IrBlock {
    uint32_t id;            /* index in fn->blocks */
    IrIns *ins;
    uint32_t nins, cap;
} IrBlock;

typedef struct IrFunc {
    FuncInfo *info;         /* NULL only in hand-built test IR */
    const char *name;       /* C name (info->cname) */
    const Type *ret;        /* TY_NONE: returns nothing */
    IrVal *vals;
    uint32_t nvals, capvals;
    uint32_t nparams;       /* vals[0..nparams) are the parameters, in order */
    IrBlock **blocks;       /* blocks[0] is the entry */
    uint32_t nblocks, capblocks;
} IrFunc;

typedef struct IrString {
    const char *data;       /* UTF-8, may contain NUL */
    uint32_t len;
} IrString;

typedef struct IrModule {
    Arena *arena;
    const SemaModule *sema;
    const char *path;       /* source file, for tracebacks */
    const SourceFile *src;  /* for span -> line (print, #line); may be NULL */
    IrFunc **funcs;         /* every function; the module body is `init` */
    uint32_t nfuncs, capfuncs;
    IrFunc *init;
    IrString *strings;      /* string literal table (CONST_STR imm) */
    uint32_t nstrings, capstrings;
} IrModule;

/* ---- ir.c: building ---- */
IrModule *ir_module_new(Arena *arena, const SemaModule *sema, const char *path);
IrFunc *ir_func_new(IrModule *m, FuncInfo *info, const char *name, const Type *ret);
IrRef ir_val_new(IrModule *m, IrFunc *fn, IrValKind kind, const Type *ty, const char *name);
IrBlock *ir_block_new(IrModule *m, IrFunc *fn);
/* Appends a copy of *ins to b and returns it (args copied into the arena). */
IrIns *ir_emit(IrModule *m, IrBlock *b, const IrIns *ins);
uint32_t ir_string_intern(IrModule *m, const char *data, uint32_t len);
const char *ir_op_name(IrOp op);
unsigned ir_op_flags(IrOp op);
static inline bool ir_block_terminated(const IrBlock *b) {
    return b->nins > 0 && (ir_op_flags(b->ins[b->nins - 1].op) & IRF_TERM);
}

/* ---- lower.c, lower_expr.c, lower_stmt.c: typed AST to IR ---- */
typedef struct LowerCtx {
    Arena *arena;
    DiagSink *diag;           /* for limits only; sema has rejected bad programs */
    const SourceFile *src;
    const char *module_name;  /* the value of __name__; NULL: "__main__" */
} LowerCtx;
IrModule *ir_lower_module(LowerCtx *cx, const SemaModule *sema, const AstModule *mod);

/* ---- print.c: stable text form (`adder --emit=ir`) ---- */
void ir_print_module(FILE *out, const IrModule *m);
void ir_print_func(FILE *out, const IrModule *m, const IrFunc *fn);

/* ---- verify.c ---- */
/* Checks the invariants above (terminators, block and value references,
 * operand counts and types, unwind targets of raising ops); reports each
 * violation to `out` and returns the number found. */
uint32_t ir_verify_module(FILE *out, const IrModule *m);

#endif

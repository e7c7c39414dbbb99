/* sema/sema.h: semantic analysis of a parsed module.
 *
 * Two passes over the AST, in this order:
 *  1. check_syntax.c — what CPython checks after parsing, in its symbol
 *     table and compiler, which `ast.parse` does not: `break` outside a loop,
 *     `return` outside a function, `nonlocal` at module level, ...
 *  2. the checker (resolve.c, check_*.c) — scopes and names (LEGB, module
 *     globals, `global`), annotations to types, local type inference, type
 *     checking and the rejection of what Adder does not support, each with a
 *     precise diagnostic. It fills AstExpr.ty / AstExpr.ref / AstStmt.ref and
 *     returns a SemaModule describing every function, class and global.
 * What sema hands on (the "typed AST") is the AST plus these annotations;
 * lowering (ir/) reads nothing else. Invariants after a successful check:
 * every expression that is evaluated has a non-NULL ty (never TY_ERROR);
 * every Name, Call and Attribute that is evaluated has a ref; every call's
 * arguments are bound to parameters (SemaRef.args, defaults filled in).
 *
 * Conventions of the typed AST (what lowering must know):
 *  - Conversions are implicit: an int (or bool in arithmetic) expression
 *    that flows into a float slot (variable, field, list element,
 *    argument, return value, default) keeps ty int; lowering converts by
 *    comparing the two types. `C | None` and C share one representation (a
 *    nullable pointer) and flow into each other: attribute access and
 *    method calls on either must check for None (AttributeError).
 *  - A BoolOp in a condition (if/while/assert test, `not`, comprehension
 *    if) has ty bool and operands of any types, each tested for truth;
 *    elsewhere all operands have the BoolOp's type.
 *  - `__name__` is a Name with REF_BUILTIN BI_MODULE_NAME, ty str, value
 *    "__main__".
 *  - For statements: AstStmt.ref is REF_BUILTIN with builtin BI_RANGE,
 *    BI_ENUMERATE, BI_ZIP, BI_REVERSED (the iterable is that call) or
 *    BI_NONE (iterating a list, str or bytearray value). enumerate, zip and
 *    reversed only occur as the iterable of a for or a comprehension, as
 *    the argument of list(), or as an argument of one another there; their
 *    calls have ty list[element] although no list is made.
 *  - isinstance(x, T) is folded: SemaRef.args[0] is x, to evaluate and
 *    discard (NULL when it is a name or constant), args[1] the bool result
 *    (a Constant, or `x is not None` when x is `C | None`).
 *  - sorted(xs, reverse=r) and xs.sort(reverse=r): r is appended to args.
 *    print: sep/end are NULL when absent or None.
 *  - `a, b = xs` with xs a list checks the length at run time (ValueError);
 *    `x in t` with t a tuple compares x with each item.
 *  - Comprehension variables are separate locals (in FuncInfo.locals, the
 *    module body's too), whose names may repeat another local's: make C
 *    names unique by index.
 *  - A Slice node has the container's type; absent or None bounds are NULL
 *    or a None Constant. The callee node of a builtin call has the call's
 *    result type. Expression statements whose value is a Constant
 *    (docstrings, `...`) do nothing. Default values are shared nodes: the
 *    same AstExpr appears in the args of every call that uses it.
 *  - int ** int is int (float when the exponent is a literal expression
 *    with a negative value, like `2 ** -1` or `2 ** -1 ** 2`).
 *    min/max of mixed int and float arguments are float.
 *  - Imports of the program's modules (D): the Import/ImportFrom statement
 *    has a REF_MODULE ref whose args, in order, are what it does: a Call
 *    (REF_CALL_FUNC of the imported module's body, which runs once) to
 *    evaluate, or a pair of REF_GLOBAL Names (dst, src): `from m import g`
 *    copies m's global into the importer's. `m.g` is a REF_GLOBAL Name of
 *    m's Symbol (Symbol.module says whose). */
#ifndef ADDER_SEMA_SEMA_H
#define ADDER_SEMA_SEMA_H

#include "parse/ast.h"
#include "sema/types.h"
#include "support/arena.h"

typedef enum BuiltinId {
    BI_NONE,
#define FN(id, name) BI_##id,
#define METHOD(id, recv, name) BI_##id,
#define MODFN(id, mod, name) BI_##id,
#define MODVAL(id, mod, name) BI_##id,
#include "sema/builtins.def"
    BI__COUNT
} BuiltinId;

typedef enum ExcId {
#define EXC(id, name, parent) EXC_##id,
#include "sema/builtins.def"
    EXC__COUNT
} ExcId;

typedef enum SymKind {
    SYM_LOCAL,   /* a local variable of a function (parameters too) */
    SYM_GLOBAL,  /* a module-level variable (a C static) */
    SYM_FUNC,    /* a module-level function: fn */
    SYM_CLASS,   /* a user class: cls */
    SYM_MODULE,  /* an imported module: ty is TY_MODULE */
} SymKind;

typedef struct Symbol {
    SymKind kind;
    const char *name;   /* Python name, survives in C */
    const Type *ty;
    FuncInfo *fn;       /* SYM_FUNC */
    ClassInfo *cls;     /* SYM_CLASS */
    uint32_t index;     /* position in FuncInfo.locals or SemaModule.globals */
    bool is_param;
    Span decl;          /* where it was first bound */
    const char *module; /* SYM_GLOBAL: mangling prefix of the defining module (modules) */
} Symbol;

typedef struct FieldInfo {
    const char *name;
    const Type *ty;
    uint32_t index;     /* position in ClassInfo.fields = C struct member order */
    Span decl;
} FieldInfo;

struct FuncInfo {
    const char *name;         /* Python name ("fib", "__init__"); "<module>" for module code */
    const char *cname;        /* mangled C name: "main__fib", "main__Body__advance" */
    ClassInfo *cls;           /* owner if a method (self is locals[0]) */
    AstStmt *def;             /* NULL for the module body */
    Symbol **locals;          /* params first (nparams), then other locals */
    uint32_t nlocals, nparams;
    AstExpr **defaults;       /* per parameter, NULL if none (constant expressions) */
    const Type *ret;          /* TY_NONE when the function returns nothing */
    bool is_extern;           /* @adder.extern — a C function named cname; body not compiled */
};

struct ClassInfo {
    const char *name;
    const char *cname;        /* "main__Body" */
    AstStmt *def;             /* NULL for builtin exception classes */
    ExcId exc;                /* builtin exception class, else EXC__COUNT */
    FieldInfo **fields;
    uint32_t nfields;
    FuncInfo **methods;
    uint32_t nmethods;
    FuncInfo *init;           /* __init__, may be NULL */
};

typedef enum RefKind {
    REF_LOCAL,      /* Name: sym, a FuncInfo local */
    REF_GLOBAL,     /* Name: sym, a module global */
    REF_FUNC,       /* Name of a function (callee): fn */
    REF_CLASS,      /* Name of a class (constructor callee, isinstance arg): cls */
    REF_MODULE,     /* Name of an imported module */
    REF_BUILTIN,    /* Name/Attribute of a builtin function or module member: builtin */
    REF_FIELD,      /* Attribute: an instance field: field (value is the instance) */
    REF_METHOD,     /* Attribute of a user method (callee): fn; value is the receiver */
    REF_BUILTIN_METHOD, /* Attribute of a builtin method (callee): builtin; value is the receiver */
    REF_CALL_FUNC,  /* Call of a user function: fn, args */
    REF_CALL_METHOD,/* Call of a user method: fn, args (receiver = func->as.attribute.value) */
    REF_CALL_CTOR,  /* Call of a class: cls, args bound to __init__'s parameters after self */
    REF_CALL_BUILTIN, /* Call of a builtin: builtin, args as written (positional), kwargs below */
    REF_CALL_EXC,   /* Call of a builtin exception class: cls (exc), args (0 or 1 message) */
} RefKind;

typedef struct SemaRef {
    RefKind kind;
    Symbol *sym;
    FuncInfo *fn;
    ClassInfo *cls;
    FieldInfo *field;
    BuiltinId builtin;
    /* Calls: arguments in parameter order, defaults filled in (user calls),
     * or as written (builtins). For print: sep/end keyword values or NULL. */
    AstExpr **args;
    uint32_t nargs;
    AstExpr *sep, *end;
} SemaRef;

typedef struct SemaModule {
    const char *name;         /* module name used in mangling ("main" for the program) */
    FuncInfo *body;           /* module-level code, run in order at start-up */
    FuncInfo **funcs;         /* every function and method, in source order */
    uint32_t nfuncs;
    ClassInfo **classes;      /* user classes, in source order */
    uint32_t nclasses;
    Symbol **globals;         /* module-level variables */
    uint32_t nglobals;
    ClassInfo *exc_classes[EXC__COUNT]; /* builtin exception classes */
    TypeTable *types;
} SemaModule;

typedef struct SemaCtx {
    Arena *arena;
    DiagSink *diag;
    const SourceFile *src;
    TypeTable *types;         /* may be NULL for check_syntax alone */
    /* the program's modules analysed before this one, which it may
     * import (sema/modules.c); they share types. */
    SemaModule *const *modules;
    uint32_t nmodules;
} SemaCtx;

/* ---- check_syntax.c ---- */
/* Reports every violation found; returns true if the module is clean. */
bool sema_check_module(SemaCtx *cx, const AstModule *mod);

/* ---- resolve.c / check_*.c ---- */
/* Runs the checker (after sema_check_module succeeded): returns NULL if any
 * error was reported. modname is the mangling prefix. */
SemaModule *sema_analyze(SemaCtx *cx, AstModule *mod, const char *modname);

/* ---- builtins.c ---- */
/* math, sys, ...: a module Adder provides (an import of any other name
 * is looked for among the program's files). */
bool sema_is_builtin_module(const char *name);
const char *sema_builtin_name(BuiltinId id);
const char *sema_exc_name(ExcId id);

#endif

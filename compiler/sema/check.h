/* sema/check.h: internal header of the type checker (resolve.c,
 * check_expr.c, check_call.c, check_builtin.c, check_stmt.c,
 * check_verify.c, builtins.c); not part of the sema interface. The checker state is one Checker, passed
 * explicitly.
 *
 * Scopes: the module namespace (globals, functions, classes, imported
 * modules and names) is Checker.names; each function being checked has a
 * FnState with its locals, its `global` names and the comprehension
 * variables in scope. Checking is re-entrant: a class's __init__ is checked
 * on demand (to learn its fields) while another function is being checked,
 * with its own FnState. */
#ifndef ADDER_SEMA_CHECK_H
#define ADDER_SEMA_CHECK_H

#include "sema/sema.h"

/* A name bound in the module namespace. Imported builtins (`from math
 * import sqrt`) have sym == NULL and builtin set. */
typedef struct ModName {
    const char *name;
    Symbol *sym;
    BuiltinId builtin;
} ModName;

typedef enum CheckState { UNCHECKED, CHECKING, CHECKED } CheckState;

/* Per-function bookkeeping beside the public FuncInfo. */
typedef struct FuncEntry {
    FuncInfo *fn;
    CheckState state;
    bool sig_ok; /* its signature resolved without errors */
} FuncEntry;

typedef struct ClassEntry {
    ClassInfo *cls;
    CheckState fields_state; /* __init__ checked, so the fields are known */
    bool poisoned;           /* rejected (it has bases): no errors about its attributes */
    VEC(FieldInfo *) fields;
    VEC(FuncInfo *) methods;
} ClassEntry;

typedef struct FnState {
    FuncInfo *fn; /* the module body for module-level code */
    bool is_module;
    ClassEntry *init_of;        /* checking this class's __init__: self.x = ... adds fields */
    VEC(Symbol *) locals;       /* every local, comprehension variables too: FuncInfo.locals */
    VEC(Symbol *) vars;         /* the locals statements see (params and assigned names) */
    VEC(const char *) assigned; /* names bound somewhere in the function */
    VEC(const char *) global_names;
    VEC(Symbol *) comp; /* comprehension variables in scope, innermost last */
    uint32_t loops;     /* enclosing loops */
    bool in_raise;      /* checking the exception of a raise statement */
} FnState;

typedef struct Checker {
    SemaCtx *cx;
    Arena *arena;
    TypeTable *tt;
    SemaModule *m;
    const char *modname;
    VEC(ModName) names;
    VEC(Symbol *) globals;
    VEC(FuncEntry) funcs;
    VEC(ClassEntry *) classes;
    FnState *fs;
    VEC(ClassEntry *) foreign_classes; /* classes of imported modules (modules.c) */
    VEC(FuncEntry *) foreign_funcs;    /* functions of imported modules */
} Checker;

/* ---- resolve.c ---- */
void sema_error(Checker *ch, Span span, const char *fmt, ...) ADDER_PRINTF(3, 4);
void sema_unsupported(Checker *ch, Span span, const char *what);
SemaRef *sema_new_ref(Checker *ch, RefKind kind);
/* An arena copy of a pointer array, NULL-terminated. */
void *sema_copy_ptrs(Checker *ch, void *items, uint32_t n);
ModName *sema_check_find_name(Checker *ch, const char *name);
/* Binds a new module-level name (an error if it is already bound). */
Symbol *sema_check_bind_module_sym(Checker *ch, SymKind kind, AstIdent id, Span decl);
ClassEntry *sema_check_class_entry(Checker *ch, ClassInfo *cls);
FuncEntry *sema_check_func_entry(Checker *ch, FuncInfo *fn);
/* Makes sure cls's fields are known (checks its __init__ if not yet). */
void sema_check_class_fields(Checker *ch, ClassEntry *ce);
FieldInfo *sema_check_find_field(ClassEntry *ce, const char *name);
FuncInfo *sema_check_find_method(ClassEntry *ce, const char *name);
/* The type an annotation denotes, or TY_ERROR after a diagnostic. */
const Type *sema_check_annotation(Checker *ch, AstExpr *ann);
Symbol *sema_check_new_global(Checker *ch, const char *name, Span decl);
FieldInfo *sema_check_add_field(Checker *ch, ClassEntry *ce, const char *name, const Type *ty, Span decl);

/* ---- check_expr.c ---- */
/* Types e (and its subtree); expect, if not NULL, is the type the context
 * wants (it types `[]`, `list()` and conversions). */
const Type *sema_check_expr(Checker *ch, AstExpr *e, const Type *expect);
/* An if/while test, `not` operand, assert: any type, truthiness. */
void sema_check_cond(Checker *ch, AstExpr *e);
/* dst accepts a src value (int -> float converts; C | None <- C, None). */
bool sema_check_assignable(const Type *dst, const Type *src);
/* A hint to append to a "cannot assign" message ("" if none). */
const char *sema_assign_hint(const Type *dst, const Type *src);
/* Checks e against dst, reporting "<what> has type 'x', expected 'y'". */
bool sema_check_value(Checker *ch, AstExpr *e, const Type *dst, const char *what);
bool sema_check_printable(const Type *ty);
/* Supports < (numbers, str, and lists/tuples of those). */
bool sema_check_orderable(const Type *ty);
/* Element type of iterating over ty, or NULL. */
const Type *sema_check_elem_type(Checker *ch, const Type *ty);
void sema_check_not_iterable(Checker *ch, Span span, const Type *ty);
/* e is an int expression of literals with a negative value (`2 ** -1`). */
bool sema_check_neg_exponent(const AstExpr *e);
const Type *sema_check_binop_type(Checker *ch, AstExpr *e, AstBinOp op, const Type *lt, const Type *rt);
/* Returns the type of a name as a value (REF_* on e), TY_ERROR if unknown. */
const Type *sema_check_name_load(Checker *ch, AstExpr *e);

/* ---- check_stmt.c (assignment targets) ---- */
/* The type a store into target must have, if already known (else NULL). */
const Type *sema_check_target_type(Checker *ch, AstExpr *target);
/* Binds target (Name, Attribute, Subscript, Tuple/List of them) to a value
 * of type ty; comp: Names are new comprehension variables. */
void sema_check_store(Checker *ch, AstExpr *target, const Type *ty, bool comp);

/* ---- check_call.c ---- */
const Type *sema_check_call(Checker *ch, AstExpr *e, const Type *expect, bool in_for);
const Type *sema_check_attribute(Checker *ch, AstExpr *e);

/* ---- check_builtin.c ---- */
const Type *sema_check_builtin_call(Checker *ch, AstExpr *e, BuiltinId id, AstExpr *recv, const Type *expect,
                                    bool in_for);

/* ---- check_stmt.c ---- */
void sema_check_body(Checker *ch, AstStmtList body);
/* Checks a function's body (params already in fn->locals). */
void sema_check_function(Checker *ch, FuncEntry *fe);
bool sema_check_terminates(AstStmtList body);
void sema_check_collect_assigned(Checker *ch, AstStmtList body);

/* ---- check_fixed.c (the adder module) ---- */
/* The value of an int expression of literals, if it has one (check_expr.c). */
bool sema_check_const_int(const AstExpr *e, int64_t *out);
/* u8..f32 / Reg8..Reg32 for those builtin ids, else NULL. */
const Type *sema_fixed_builtin_type(Checker *ch, BuiltinId id);
/* The adder type an annotation names (`u8`, `adder.u8`), else NULL. */
const Type *sema_fixed_named_type(Checker *ch, AstExpr *ann);
/* e (already typed) is a literal that converts exactly to want (a fixed
 * type or f32); reports an out-of-range literal (and still returns true). */
bool sema_fixed_literal(Checker *ch, AstExpr *e, const Type *want);
bool sema_fixed_involved(const Type *lt, const Type *rt);
/* "; convert explicitly: u8(x)" for a value assigned to a fixed/f32 slot. */
const char *sema_fixed_assign_hint(const Type *dst);
const Type *sema_fixed_binop(Checker *ch, AstExpr *e, const Type *lt, const Type *rt);
bool sema_fixed_compare(Checker *ch, AstExpr *e, AstExpr *l, const Type *lt, AstExpr *r, const Type *rt);
bool sema_fixed_is_builtin(BuiltinId id);
const Type *sema_fixed_call(Checker *ch, AstExpr *e, BuiltinId id, const Type *recv, AstExpr **args,
                            uint32_t n);
/* d is @extern or @extern("c_name") (*cname set, else NULL). */
bool sema_fixed_extern_decorator(Checker *ch, AstExpr *d, const char **cname);
/* Extern functions have only scalar parameters and results. */
void sema_fixed_check_extern(Checker *ch, FuncInfo *fn);

/* ---- check_verify.c ---- */
/* Aborts with a message if the typed AST breaks sema.h's invariants. */
void sema_check_verify(Checker *ch, const AstModule *mod);

/* ---- builtins.c ---- */
BuiltinId sema_lookup_function(const char *name);
BuiltinId sema_lookup_method(const char *recv, const char *name);
BuiltinId sema_lookup_member(const char *module, const char *name);
bool sema_is_module_known(const char *module);
ExcId sema_lookup_exc(const char *name);
ExcId sema_exc_parent(ExcId id);

/* ---- modules.c (the program's own modules) ---- */
/* The analysed program module of that name, or NULL. */
SemaModule *sema_modules_find(Checker *ch, const char *name);
/* The program module a TY_MODULE type denotes, or NULL (math, sys, ...). */
SemaModule *sema_modules_of(Checker *ch, const Type *ty);
FuncInfo *sema_modules_func(const SemaModule *m, const char *name);
ClassInfo *sema_modules_class(const SemaModule *m, const char *name);
Symbol *sema_modules_global(const SemaModule *m, const char *name);
/* Entries for classes and functions of imported modules (checked already). */
ClassEntry *sema_modules_class_entry(Checker *ch, ClassInfo *cls);
FuncEntry *sema_modules_func_entry(Checker *ch, FuncInfo *fn);
void sema_modules_free(Checker *ch);
/* `import a as b` of a program module: binds it; false if a is not one. */
bool sema_modules_import(Checker *ch, AstStmt *s, AstAlias *a, AstIdent bound);
/* `from a import ...` of a program module; false if a is not one. */
bool sema_modules_import_from(Checker *ch, AstStmt *s);
/* Loads `m.name` (e an Attribute): a global becomes a REF_GLOBAL Name. */
const Type *sema_modules_attribute(Checker *ch, AstExpr *e, SemaModule *m);
/* The program module of an Attribute target `m.x`, or NULL (no errors). */
SemaModule *sema_modules_target(Checker *ch, AstExpr *e);
/* Rewrites the target `m.x` into m's global (NULL after an error). */
Symbol *sema_modules_store(Checker *ch, AstExpr *e, SemaModule *m);

#endif

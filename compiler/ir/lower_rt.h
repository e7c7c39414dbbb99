/* ir/lower_rt.h: internal header of lowering (lower.c, lower_expr.c,
 * lower_stmt.c, lower_call.c, lower_str.c); not part of the ir interface.
 *
 * RUNTIME FUNCTIONS LOWERING CALLS THAT THE include/adder/ HEADERS DID NOT DECLARE
 * (the emitter helper implements them in runtime/builtins*.c). Argument
 * and result C types follow the emitter's type mapping (int -> int64_t,
 * float -> double, bool -> bool, str -> adder_str_t *, list/bytearray ->
 * adder_list_t *). Object arguments are borrowed; object results are new
 * references. [conv] is the IrErrConv of the CALL_RT.
 * <k> is the element kind of a list: i64 (int), f64 (float), bool, str,
 * obj (any other object element: compared by identity).
 *
 *   int64_t adder_int_abs(int64_t v)                 [pending] OverflowError for INT64_MIN
 *   int64_t adder_int_from_str(const adder_str_t *s) [pending] int("42"): CPython's int()
 *           parsing (whitespace, sign, underscores); ValueError
 *           "invalid literal for int() with base 10: '...'"; OverflowError past int64
 *   double  adder_float_from_str(const adder_str_t *s) [pending] float("1.5"), "inf", "nan";
 *           ValueError "could not convert string to float: '...'"
 *   int64_t adder_float_round_int(double v)          [pending] round(x): half to even;
 *           OverflowError "cannot convert float infinity to integer", ValueError for nan
 *   double  adder_float_round(double v, int64_t nd)  [never] round(x, n) as CPython
 *   int64_t adder_float_floor(double v) / adder_float_ceil(double v) [pending]
 *           math.floor / math.ceil to int (OverflowError / ValueError as CPython)
 *   double  adder_math_sqrt(double) / adder_math_log(double) [pending] ValueError
 *           "math domain error"; adder_math_exp(double) [pending] OverflowError
 *           "math range error"; adder_math_sin/cos/tan(double) [pending] ValueError
 *           "math domain error" for inf; adder_math_atan2(double, double) [never];
 *           adder_math_fabs(double) [never]
 *   bool    adder_math_isnan(double) / adder_math_isinf(double) [never]
 *   adder_str_t *adder_str_hex(int64_t) / adder_str_oct / adder_str_bin [null]
 *   adder_str_t *adder_str_chr(int64_t cp)           [null] ValueError "chr() arg not in range(0x110000)"
 *   int64_t adder_str_ord(const adder_str_t *s)      [pending] TypeError "ord() expected a
 *           character, but string of length N found"
 *   bool    adder_str_isdigit(const adder_str_t *s)  [never]
 *   adder_str_t *adder_format_int_str(int64_t v, const adder_str_t *spec)   [null]
 *   adder_str_t *adder_format_float_str(double v, const adder_str_t *spec)  [null]
 *   adder_str_t *adder_format_str_str(const adder_str_t *v, const adder_str_t *spec) [null]
 *           format(v, spec) (f-string replacement fields with a spec; the
 *           spec str is parsed at run time; ValueError as CPython)
 *   adder_str_t *adder_list_repr_<k>(const adder_list_t *l)   [null] repr(list), str(list)
 *           (k = i64, f64, bool, str; print([1, 2]) prints this)
 *   adder_list_t *adder_list_copy(const adder_list_t *l)       [null] l.copy(), list(l), l[:]
 *   adder_list_t *adder_list_sorted_<k>(const adder_list_t *l, bool reverse) [null]
 *           sorted(l) / sorted(l, reverse=r) (k = i64, f64, str, bool); stable
 *   int     adder_list_sort_<k>(adder_list_t *l, bool reverse)   [neg]  l.sort(reverse=r)
 *           (CHANGED 21:31: both take `bool reverse`, false when not given)
 *   bool    adder_list_eq_<k>(const adder_list_t *a, const adder_list_t *b) [never] a == b
 *   int64_t adder_list_sum_bool(const adder_list_t *l)         [never] sum(list[bool])
 *   int64_t adder_int_from_str_base(const adder_str_t *s, int64_t base) [pending] int(s, base)
 *   double  adder_math_log_base(double x, double base)         [pending] math.log(x, base)
 *   int64_t adder_int_round(int64_t v, int64_t nd)             [pending] round(int, n)
 *   int64_t adder_int_powmod(int64_t a, int64_t b, int64_t m)  [pending] pow(a, b, m)
 *   adder_list_t *adder_bytearray_from_list(const adder_list_t *l) [null] bytearray([1, 2])
 *           (list[int]); ValueError "byte must be in range(0, 256)"
 *   adder_str_t *adder_bytearray_repr(const adder_list_t *b)   [null] repr/str: "bytearray(b'..')"
 *   bool    adder_bytearray_contains(const adder_list_t *b, int64_t v) [never] `v in b`
 *   int     adder_raise_unpack_error(int64_t got, int64_t expected) [neg] always raises
 *           ValueError "too many values to unpack (expected E)" when got > E, else
 *           "not enough values to unpack (expected E, got G)"; returns -1
 *   <T>     adder_list_min_<k>(const adder_list_t *l) / adder_list_max_<k> [pending]
 *           min(l)/max(l); ValueError "min() arg is an empty sequence"
 *           (T = int64_t, double, adder_str_t * (new reference))
 *   int64_t adder_list_sum_i64(const adder_list_t *l)          [pending] OverflowError
 *   double  adder_list_sum_f64(const adder_list_t *l)          [never] left-to-right sum
 *   <T>     adder_list_pop_<k>(adder_list_t *l, int64_t i)     [pending] l.pop(i) (pop() passes -1);
 *           IndexError "pop from empty list" / "pop index out of range"; objects: the
 *           list's reference moves to the caller
 *   int     adder_list_insert_<k>(adder_list_t *l, int64_t i, T v) [neg]
 *   int64_t adder_list_index_<k>(const adder_list_t *l, T v)   [pending] ValueError "X is not in list"
 *   int64_t adder_list_count_<k>(const adder_list_t *l, T v)   [never]
 *   bool    adder_list_contains_<k>(const adder_list_t *l, T v) [never] `v in l`
 *   adder_list_t *adder_list_new_<k>(int64_t capacity)        [null]
 *           (not used: LIST_NEW is an op; listed for completeness)
 *   adder_list_t *adder_bytearray_new(int64_t n)               [null] bytearray(n): n zero bytes;
 *           ValueError "negative count"
 *   int     adder_bytearray_set(adder_list_t *b, int64_t i, int64_t v) [neg] b[i] = v after
 *           INDEX_CHECK (i normalized); ValueError "byte must be in range(0, 256)"
 *   int     adder_bytearray_append(adder_list_t *b, int64_t v) [neg] same check
 *   adder_list_t *adder_sys_argv(void)                         [null] sys.argv (new reference)
 *   int     adder_raise_system_exit_none/_int/_str (exc.h)     [neg]
 * Declared in include/adder and used as declared: adder_print_* (adder.h),
 * adder_str_* (str.h), adder_list_slice/concat/repeat/extend/reverse/clear
 * (list.h). Slice bounds that are omitted are passed as ADDER_SLICE_NONE.
 * print(x) for a list prints adder_list_repr_<k>(x) with adder_print_str.
 * f-strings: each piece becomes a str (literal, str(x)/repr(x), or
 * adder_format_*_str for a spec) and the pieces are joined left to right
 * with adder_str_concat (no strbuf: the IR has no address-of).
 * Done in IR, no runtime call: repr of lists whose elements are lists,
 * tuples or optionals (a loop of concatenations; adder_list_repr_obj is
 * never called), list/tuple ordering and equality of nested lists (an
 * element loop), tuple equality, min/max of several scalars.
 * Emitter notes: a `None` element of a list or tuple display is a slot of
 * type None set by CONST_NONE; list[tuple[...]] elements go through
 * LIST_GET / LIST_SET / LIST_APPEND with tuple-typed values. */
#ifndef ADDER_IR_LOWER_RT_H
#define ADDER_IR_LOWER_RT_H

#include "ir/ir.h"

/* Nesting of loops inside one function; deeper loops are a diagnostic.
 * CPython itself allows 20 statically nested blocks. */
#define LOWER_MAX_LOOPS (64)
/* Nesting of expressions and statements lowered recursively. */
#define LOWER_MAX_DEPTH (200)

typedef struct LoopTargets {
    IrBlock *cont, *brk;
} LoopTargets;

typedef struct Lower {
    LowerCtx *cx;
    IrModule *m;
    const SemaModule *sema;
    TypeTable *tt;
    IrFunc *fn;
    FuncInfo *info;
    IrBlock *cur;            /* block being filled */
    IrBlock *unwind;         /* shared unwind block */
    IrBlock *exit;           /* shared return block */
    IrRef retval;            /* slot of the return value, IR_NONE for None */
    LoopTargets loops[LOWER_MAX_LOOPS];
    uint32_t nloops;
    uint32_t depth;
    IrRef loop_elem;         /* lower_loop with no target: the element (owned) */
    bool failed;             /* a limit was hit */
    Span span;               /* span of the node being lowered */
} Lower;

/* ---- lower.c: instruction helpers, reference counts ---- */
IrRef lower_temp(Lower *L, const Type *ty);
IrIns *lower_ins(Lower *L, IrOp op, IrRef dst, uint32_t nargs, const IrRef *args);
IrIns *lower_ins0(Lower *L, IrOp op, IrRef dst);
IrIns *lower_ins1(Lower *L, IrOp op, IrRef dst, IrRef a);
IrIns *lower_ins2(Lower *L, IrOp op, IrRef dst, IrRef a, IrRef b);
IrRef lower_const_int(Lower *L, int64_t v);
IrRef lower_const_bool(Lower *L, bool v);
/* CALL_RT rt(args) with result type ty (NULL: no result). */
IrRef lower_call_rt(Lower *L, const char *rt, IrErrConv conv, const Type *ty, uint32_t nargs,
                    const IrRef *args);
void lower_jump(Lower *L, IrBlock *to);
void lower_branch(Lower *L, IrRef cond, IrBlock *then, IrBlock *els);
IrBlock *lower_block(Lower *L);
/* Starts filling b (the previous block must be terminated). */
void lower_start(Lower *L, IrBlock *b);
/* Lowers the instance whose field or method `attr` is used, with the
 * check that it is not None (sema lets a `C | None` value flow where a C
 * is expected; CPython raises AttributeError at the use, and so do we). */
IrRef lower_receiver(Lower *L, AstExpr *value, const char *attr);
/* Releases an owned temp: DECREF + CLEAR (nothing for scalars). Also
 * used for the old value of a container slot read into a temp before the
 * container is overwritten: the CLEAR keeps the exit paths from
 * DECREFing that stale pointer again. */
void lower_release(Lower *L, IrRef r);
/* Moves the owned value of temp r into slot dst: DECREF dst, MOV, CLEAR r. */
void lower_move_into(Lower *L, IrRef dst, IrRef r);
/* Copies a borrowed value into a fresh owned temp (MOV + INCREF). */
IrRef lower_own(Lower *L, IrRef borrowed, const Type *ty);
/* Makes a fresh temp that holds a borrowed copy (GET_FIELD, LIST_GET,
 * TUPLE_GET, GET_GLOBAL result) owned in place: INCREF it. */
IrRef lower_take(Lower *L, IrRef borrowed);
/* Converts an owned value to type want (int->float, bool->int,
 * C -> C | None, None -> C | None); returns an owned temp. */
IrRef lower_coerce(Lower *L, IrRef r, const Type *want);
const char *lower_elem_kind(const Type *elem);
const char *lower_rt_name(Lower *L, const char *prefix, const Type *elem);
bool lower_enter(Lower *L, Span span);
void lower_leave(Lower *L);
const Type *lower_optional_str(Lower *L);

/* ---- lower_expr.c ---- */
/* Evaluates e into an owned temp (IR_NONE for a None-typed call). */
IrRef lower_expr(Lower *L, AstExpr *e);
/* Evaluates e as a condition: a bool temp. */
IrRef lower_cond(Lower *L, AstExpr *e);
/* Evaluates e and coerces it to want. */
IrRef lower_expr_as(Lower *L, AstExpr *e, const Type *want);
/* Reads a local, global or field into an owned temp. */
IrRef lower_load_name(Lower *L, AstExpr *e);

IrRef lower_truth(Lower *L, IrRef v);
/* Binary arithmetic / sequence op on owned a, b with result type ty
 * (consumes a and b). */
IrRef lower_arith(Lower *L, AstBinOp op, IrRef a, IrRef b, const Type *ty);
/* One comparison link; borrows a and b. */
IrRef lower_compare(Lower *L, AstCmpOp op, IrRef a, IrRef b);
IrRef lower_slice_bound(Lower *L, AstExpr *e, int64_t absent);
/* Element i of a tuple value (not owned: a copy of the tuple's field). */
IrRef lower_tuple_get(Lower *L, IrRef tup, uint32_t i);
/* A tuple of ty from owned elems (they move into it). */
IrRef lower_tuple_new(Lower *L, const Type *ty, IrRef *elems);

/* ---- lower_call.c: calls of user functions, methods, classes, builtins ---- */
IrRef lower_call(Lower *L, AstExpr *e);

/* ---- lower_fixed.c (adder module) ---- */
bool lower_fixed_involved(const Type *a, const Type *b);
IrRef lower_fixed_convert(Lower *L, IrRef v, const Type *want);
IrRef lower_fixed_arith(Lower *L, AstBinOp op, IrRef a, IrRef b, const Type *ty);
/* kind 0: -v, 1: ~v, 2: abs(v) */
IrRef lower_fixed_unary(Lower *L, int kind, IrRef v);
IrRef lower_fixed_printable(Lower *L, IrRef v);
bool lower_fixed_is_builtin(BuiltinId id);
IrRef lower_fixed_builtin(Lower *L, AstExpr *e, SemaRef *ref, IrRef recv);
/* Register accesses through a global bound once to a constant address get
 * the address as a literal (IrIns.rt). */
void lower_fixed_fold_regs(IrModule *m);

/* ---- lower_str.c: str(), repr(), print, f-strings ---- */
/* str(v) or repr(v) of an owned value as an owned str (consumes v). */
IrRef lower_to_str(Lower *L, IrRef v, bool repr);
IrRef lower_fstring(Lower *L, AstExpr *e);
IrRef lower_formatted(Lower *L, AstExpr *e);
IrRef lower_print(Lower *L, AstExpr *e);

/* ---- lower_stmt.c ---- */
/* Loop body callback for lower_loop: the loop's (continue, break) blocks
 * are on top of L->loops while it runs. */
typedef void (*LowerBodyFn)(Lower *L, void *arg);
/* for target in iter: body(arg) else: orelse (may be NULL). With target
 * NULL, the body finds the element (owned, to consume) in L->loop_elem. */
void lower_loop(Lower *L, AstExpr *target, AstExpr *iter, LowerBodyFn body, void *arg,
                const AstStmtList *orelse);
void lower_stmts(Lower *L, const AstStmtList *body);
/* Stores owned value r into an assignment target (consumes r). */
void lower_store(Lower *L, AstExpr *target, IrRef r);

#endif

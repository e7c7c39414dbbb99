/* ir/lower_call.c: calls — user functions and methods (CALL), class
 * construction (NEW + CALL __init__), and builtins by BuiltinId, mostly as
 * CALL_RT of the runtime functions listed in lower_rt.h.
 *
 * Arguments are evaluated left to right into owned temps, coerced to the
 * parameter types, passed borrowed, and released after the call. Results
 * are new references. Builtins whose result is cheap to compute inline
 * (len of a list, bool(), divmod, pow, min/max of scalars, int/float
 * conversions) use IR ops instead of runtime calls. */
#include "ir/lower_rt.h"

static const Type *ty_of(Lower *L, IrRef r) {
    return r == IR_NONE ? L->tt->none : L->fn->vals[r].ty;
}

static void release_all(Lower *L, const IrRef *args, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        lower_release(L, args[i]);
}

/* CALL_RT rt(args) and release the arguments. */
static IrRef rt_call(Lower *L, const char *rt, IrErrConv conv, const Type *ty, uint32_t n,
                     IrRef *args) {
    IrRef r = lower_call_rt(L, rt, conv, ty, n, args);
    release_all(L, args, n);
    return r;
}

static IrRef unsupported(Lower *L, AstExpr *e, const char *what) {
    diag_error(L->cx->diag, e->span, "cannot lower %s", what);
    L->failed = true;
    return IR_NONE;
}

/* ---- user functions, methods, constructors ---- */

/* Calls fn with recv (IR_NONE for a plain function) then ref's arguments. */
static IrRef user_call(Lower *L, FuncInfo *fn, IrRef recv, SemaRef *ref) {
    uint32_t first = recv != IR_NONE ? 1 : 0;
    uint32_t skip = recv != IR_NONE && ref->nargs == fn->nparams ? 1 : 0;
    uint32_t n = first + ref->nargs - skip;
    IrRef *args = arena_array(L->m->arena, IrRef, n ? n : 1);
    if (first)
        args[0] = recv;
    for (uint32_t i = skip; i < ref->nargs; i++) {
        uint32_t pi = first + i - skip;
        const Type *want = pi < fn->nparams ? fn->locals[pi]->ty : NULL;
        args[pi] = lower_expr_as(L, ref->args[i], want);
    }
    const Type *ret = fn->ret ? fn->ret : L->tt->none;
    IrRef dst = ret->kind == TY_NONE ? IR_NONE : lower_temp(L, ret);
    lower_ins(L, IR_CALL, dst, n, args)->fn = fn;
    release_all(L, args + first, n - first);
    return dst;
}

static IrRef construct(Lower *L, AstExpr *e, SemaRef *ref) {
    ClassInfo *cls = ref->cls;
    const Type *ty = e->ty && e->ty->kind == TY_CLASS ? e->ty : types_class(L->tt, cls);
    IrRef obj = lower_temp(L, ty);
    lower_ins0(L, IR_NEW, obj)->cls = cls;
    if (cls->init)
        lower_release(L, user_call(L, cls->init, obj, ref));
    return obj;
}

/* ---- builtin functions ---- */

static IrRef arg(Lower *L, SemaRef *ref, uint32_t i, const Type *want) {
    return lower_expr_as(L, ref->args[i], want);
}

static IrRef len_of(Lower *L, SemaRef *ref) {
    IrRef v = lower_expr(L, ref->args[0]);
    IrRef n;
    if (ty_of(L, v)->kind == TY_TUPLE) {
        n = lower_const_int(L, ty_of(L, v)->nelems);
    } else if (ty_of(L, v)->kind == TY_STR) {
        n = lower_call_rt(L, "adder_str_len", IR_ERR_NEVER, L->tt->int_, 1, &v);
    } else {
        n = lower_temp(L, L->tt->int_);
        lower_ins1(L, IR_LIST_LEN, n, v);
    }
    lower_release(L, v);
    return n;
}

static IrRef abs_of(Lower *L, AstExpr *e, SemaRef *ref) {
    IrRef v = arg(L, ref, 0, e->ty);
    if (e->ty->kind == TY_FIXED || e->ty->kind == TY_F32) /* adder module */
        return lower_fixed_unary(L, 2, v);
    if (e->ty->kind == TY_FLOAT)
        return lower_call_rt(L, "adder_math_fabs", IR_ERR_NEVER, e->ty, 1, &v);
    return lower_call_rt(L, "adder_int_abs", IR_ERR_PENDING, e->ty, 1, &v);
}

/* min/max of two or more values: keep the first extreme, as CPython. */
static IrRef minmax_inline(Lower *L, AstExpr *e, SemaRef *ref, bool is_max) {
    IrRef res = lower_temp(L, e->ty);
    lower_move_into(L, res, arg(L, ref, 0, e->ty));
    for (uint32_t i = 1; i < ref->nargs; i++) {
        IrRef v = arg(L, ref, i, e->ty);
        IrRef c = lower_compare(L, is_max ? CMPOP_GT : CMPOP_LT, v, res);
        IrBlock *take = lower_block(L), *skip = lower_block(L), *join = lower_block(L);
        lower_branch(L, c, take, skip);
        lower_start(L, take);
        lower_move_into(L, res, v);
        lower_jump(L, join);
        lower_start(L, skip);
        lower_release(L, v);
        lower_jump(L, join);
        lower_start(L, join);
    }
    return res;
}

static IrRef minmax(Lower *L, AstExpr *e, SemaRef *ref, bool is_max) {
    if (ref->nargs >= 2)
        return minmax_inline(L, e, ref, is_max);
    IrRef l = lower_expr(L, ref->args[0]);
    const char *rt = lower_rt_name(L, is_max ? "adder_list_max" : "adder_list_min", ty_of(L, l)->elem);
    return rt_call(L, rt, IR_ERR_PENDING, e->ty, 1, &l);
}

static IrRef sum_of(Lower *L, AstExpr *e, SemaRef *ref) {
    IrRef l = lower_expr(L, ref->args[0]);
    const Type *elem = ty_of(L, l)->elem;
    const Type *sty = elem->kind == TY_FLOAT ? L->tt->float_ : L->tt->int_;
    IrErrConv conv = elem->kind == TY_FLOAT ? IR_ERR_NEVER : IR_ERR_PENDING;
    IrRef s = rt_call(L, lower_rt_name(L, "adder_list_sum", elem), conv, sty, 1, &l);
    if (ref->nargs > 1)
        s = lower_arith(L, BINOP_ADD, lower_expr(L, ref->args[1]), s, e->ty);
    return lower_coerce(L, s, e->ty);
}

static IrRef int_of(Lower *L, AstExpr *e, SemaRef *ref) {
    if (ref->nargs == 0)
        return lower_const_int(L, 0);
    IrRef v = lower_expr(L, ref->args[0]);
    switch (ty_of(L, v)->kind) {
    case TY_INT: return v;
    case TY_BOOL: return lower_coerce(L, v, e->ty);
    case TY_FLOAT: {
        IrRef r = lower_temp(L, e->ty);
        lower_ins1(L, IR_F2I, r, v);
        return r;
    }
    case TY_FIXED: /* adder module */
    case TY_F32: return lower_coerce(L, v, e->ty);
    case TY_STR:
        if (ref->nargs > 1) {
            IrRef args[2] = {v, arg(L, ref, 1, L->tt->int_)};
            return rt_call(L, "adder_int_from_str_base", IR_ERR_PENDING, e->ty, 2, args);
        }
        return rt_call(L, "adder_int_from_str", IR_ERR_PENDING, e->ty, 1, &v);
    default: return unsupported(L, e, "int() of this type");
    }
}

static IrRef float_of(Lower *L, AstExpr *e, SemaRef *ref) {
    if (ref->nargs == 0) {
        IrRef r = lower_temp(L, e->ty);
        lower_ins0(L, IR_CONST_FLOAT, r)->fimm = 0.0;
        return r;
    }
    IrRef v = lower_expr(L, ref->args[0]);
    if (ty_of(L, v)->kind == TY_STR)
        return rt_call(L, "adder_float_from_str", IR_ERR_PENDING, e->ty, 1, &v);
    return lower_coerce(L, v, e->ty);
}

static IrRef round_of(Lower *L, AstExpr *e, SemaRef *ref) {
    IrRef v = lower_expr(L, ref->args[0]);
    bool is_float = ty_of(L, v)->kind == TY_FLOAT;
    if (ref->nargs == 1 || (ref->args[1]->ty && ref->args[1]->ty->kind == TY_NONE)) {
        if (!is_float)
            return lower_coerce(L, v, L->tt->int_);
        return lower_call_rt(L, "adder_float_round_int", IR_ERR_PENDING, e->ty, 1, &v);
    }
    IrRef args[2] = {is_float ? v : lower_coerce(L, v, L->tt->int_), arg(L, ref, 1, L->tt->int_)};
    if (is_float)
        return lower_call_rt(L, "adder_float_round", IR_ERR_NEVER, e->ty, 2, args);
    return lower_call_rt(L, "adder_int_round", IR_ERR_PENDING, e->ty, 2, args);
}

static IrRef divmod_of(Lower *L, AstExpr *e, SemaRef *ref) {
    const Type *et = e->ty->elems[0];
    IrRef a = arg(L, ref, 0, et), b = arg(L, ref, 1, et);
    IrRef parts[2] = {lower_arith(L, BINOP_FLOOR_DIV, a, b, et), lower_arith(L, BINOP_MOD, a, b, et)};
    return lower_tuple_new(L, e->ty, parts);
}

static IrRef pow_of(Lower *L, AstExpr *e, SemaRef *ref) {
    IrRef a = lower_expr(L, ref->args[0]), b = lower_expr(L, ref->args[1]);
    if (ref->nargs == 3) {
        IrRef args[3] = {lower_coerce(L, a, L->tt->int_), lower_coerce(L, b, L->tt->int_),
                         arg(L, ref, 2, L->tt->int_)};
        return lower_call_rt(L, "adder_int_powmod", IR_ERR_PENDING, e->ty, 3, args);
    }
    return lower_arith(L, BINOP_POW, a, b, e->ty);
}

/* Does a value of static type ty pass isinstance(_, cls-expr c)? -1: test
 * at run time (an optional). */
static int static_isinstance(const Type *ty, AstExpr *c) {
    SemaRef *cr = c->ref;
    if (!cr)
        return 0;
    if (cr->kind == REF_CLASS) {
        if (ty->kind == TY_CLASS)
            return ty->cls == cr->cls;
        if (ty->kind == TY_OPTIONAL && ty->elem->kind == TY_CLASS && ty->elem->cls == cr->cls)
            return -1;
        return 0;
    }
    switch (cr->builtin) {
    case BI_INT: return ty->kind == TY_INT || ty->kind == TY_BOOL;
    case BI_FLOAT: return ty->kind == TY_FLOAT;
    case BI_BOOL: return ty->kind == TY_BOOL;
    case BI_STR: return ty->kind == TY_STR;
    case BI_LIST: return ty->kind == TY_LIST;
    case BI_BYTEARRAY: return ty->kind == TY_BYTEARRAY;
    default: return 0;
    }
}

/* sema folds isinstance: args[0] is evaluated for its effects only (may
 * be NULL), args[1] is the bool result. */
static IrRef isinstance_of(Lower *L, SemaRef *ref) {
    if (ref->nargs == 2 && ref->args[1] && ref->args[1]->ty && ref->args[1]->ty->kind == TY_BOOL) {
        if (ref->args[0])
            lower_release(L, lower_expr(L, ref->args[0]));
        return lower_cond(L, ref->args[1]);
    }
    IrRef v = lower_expr(L, ref->args[0]);
    int known = static_isinstance(ty_of(L, v), ref->args[1]);
    IrRef r;
    if (known >= 0) {
        r = lower_const_bool(L, known);
    } else {
        IrRef n = lower_temp(L, L->tt->bool_);
        lower_ins1(L, IR_IS_NONE, n, v);
        r = lower_temp(L, L->tt->bool_);
        lower_ins1(L, IR_NOT, r, n);
    }
    lower_release(L, v);
    return r;
}

static void append_elem(Lower *L, void *arg) {
    IrRef l = *(IrRef *)arg;
    IrRef v = lower_coerce(L, L->loop_elem, ty_of(L, l)->elem);
    lower_ins2(L, IR_LIST_APPEND, IR_NONE, l, v);
    lower_release(L, v);
}

static IrRef list_of(Lower *L, AstExpr *e, SemaRef *ref) {
    if (ref->nargs == 0) {
        IrRef l = lower_temp(L, e->ty);
        lower_ins0(L, IR_LIST_NEW, l)->imm = 0;
        return l;
    }
    AstExpr *src = ref->args[0];
    bool iter_call = src->kind == AST_CALL && src->ref && src->ref->kind == REF_CALL_BUILTIN &&
                     (src->ref->builtin == BI_ZIP || src->ref->builtin == BI_ENUMERATE ||
                      src->ref->builtin == BI_REVERSED || src->ref->builtin == BI_RANGE);
    if (src->ty && src->ty->kind == TY_LIST && !iter_call) {
        IrRef v = lower_expr(L, src);
        return rt_call(L, "adder_list_copy", IR_ERR_NULL, e->ty, 1, &v);
    }
    /* list(range(...)), list(s), list(enumerate(...)): a loop appending. */
    IrRef l = lower_temp(L, e->ty);
    lower_ins0(L, IR_LIST_NEW, l)->imm = 0;
    lower_loop(L, NULL, src, append_elem, &l, NULL);
    return l;
}

static IrRef int_to_str(Lower *L, AstExpr *e, SemaRef *ref, const char *rt) {
    IrRef v = arg(L, ref, 0, L->tt->int_);
    return lower_call_rt(L, rt, IR_ERR_NULL, e->ty, 1, &v);
}

static IrRef sys_exit(Lower *L, SemaRef *ref) {
    IrRef v = ref->nargs ? lower_expr(L, ref->args[0]) : IR_NONE;
    const Type *ty = ty_of(L, v);
    if (ty->kind == TY_NONE)
        return lower_call_rt(L, "adder_raise_system_exit_none", IR_ERR_NEG, NULL, 0, NULL);
    if (ty->kind == TY_STR)
        return rt_call(L, "adder_raise_system_exit_str", IR_ERR_NEG, NULL, 1, &v);
    v = lower_coerce(L, v, L->tt->int_);
    return rt_call(L, "adder_raise_system_exit_int", IR_ERR_NEG, NULL, 1, &v);
}

/* math.f(x): float argument(s). */
static IrRef math_call(Lower *L, AstExpr *e, SemaRef *ref, const char *rt, IrErrConv conv) {
    IrRef args[2];
    uint32_t n = ref->nargs > 2 ? 2 : ref->nargs;
    for (uint32_t i = 0; i < n; i++)
        args[i] = arg(L, ref, i, L->tt->float_);
    return lower_call_rt(L, rt, conv, e->ty, n, args);
}

static IrRef floor_ceil(Lower *L, AstExpr *e, SemaRef *ref, const char *rt) {
    IrRef v = lower_expr(L, ref->args[0]);
    if (ty_of(L, v)->kind != TY_FLOAT)
        return lower_coerce(L, v, L->tt->int_);
    return lower_call_rt(L, rt, IR_ERR_PENDING, e->ty, 1, &v);
}

/* ---- builtin methods ---- */

static IrRef opt_str_arg(Lower *L, SemaRef *ref, uint32_t i) {
    if (i < ref->nargs)
        return lower_expr_as(L, ref->args[i], lower_optional_str(L));
    IrRef n = lower_temp(L, lower_optional_str(L));
    lower_ins0(L, IR_CONST_NONE, n);
    return n;
}

static IrRef int_arg_or(Lower *L, SemaRef *ref, uint32_t i, int64_t dflt) {
    return i < ref->nargs ? arg(L, ref, i, L->tt->int_) : lower_const_int(L, dflt);
}

static IrRef list_method(Lower *L, AstExpr *e, SemaRef *ref, IrRef recv) {
    const Type *lt = ty_of(L, recv);
    const Type *elem = lt->kind == TY_BYTEARRAY ? L->tt->int_ : lt->elem;
    IrRef args[3] = {recv, IR_NONE, IR_NONE};
    IrRef r;
    switch (ref->builtin) {
    case BI_LIST_APPEND:
        args[1] = arg(L, ref, 0, elem);
        if (lt->kind == TY_BYTEARRAY)
            lower_call_rt(L, "adder_bytearray_append", IR_ERR_NEG, NULL, 2, args);
        else
            lower_ins(L, IR_LIST_APPEND, IR_NONE, 2, args);
        lower_release(L, args[1]);
        return IR_NONE;
    case BI_LIST_POP:
        args[1] = int_arg_or(L, ref, 0, -1);
        return lower_call_rt(L, lower_rt_name(L, "adder_list_pop", elem), IR_ERR_PENDING, elem, 2, args);
    case BI_LIST_INSERT:
        args[1] = arg(L, ref, 0, L->tt->int_);
        args[2] = arg(L, ref, 1, elem);
        lower_call_rt(L, lower_rt_name(L, "adder_list_insert", elem), IR_ERR_NEG, NULL, 3, args);
        lower_release(L, args[2]);
        return IR_NONE;
    case BI_LIST_INDEX:
    case BI_LIST_COUNT: {
        bool idx = ref->builtin == BI_LIST_INDEX;
        args[1] = arg(L, ref, 0, elem);
        r = lower_call_rt(L, lower_rt_name(L, idx ? "adder_list_index" : "adder_list_count", elem),
                          idx ? IR_ERR_PENDING : IR_ERR_NEVER, L->tt->int_, 2, args);
        lower_release(L, args[1]);
        return r;
    }
    case BI_LIST_REVERSE: return lower_call_rt(L, "adder_list_reverse", IR_ERR_NEVER, NULL, 1, args);
    case BI_LIST_CLEAR: return lower_call_rt(L, "adder_list_clear", IR_ERR_NEVER, NULL, 1, args);
    case BI_LIST_COPY: return lower_call_rt(L, "adder_list_copy", IR_ERR_NULL, e->ty, 1, args);
    case BI_LIST_SORT:
        args[1] = ref->nargs > 0 ? lower_cond(L, ref->args[0]) : lower_const_bool(L, false);
        return lower_call_rt(L, lower_rt_name(L, "adder_list_sort", elem), IR_ERR_NEG, NULL, 2, args);
    case BI_LIST_EXTEND:
        args[1] = lower_expr(L, ref->args[0]);
        lower_call_rt(L, "adder_list_extend", IR_ERR_NEG, NULL, 2, args);
        lower_release(L, args[1]);
        return IR_NONE;
    default: return unsupported(L, e, "this list method");
    }
}

static IrRef str_method(Lower *L, AstExpr *e, SemaRef *ref, IrRef recv) {
    IrRef args[4] = {recv, IR_NONE, IR_NONE, IR_NONE};
    uint32_t n = 1;
    const char *rt = NULL;
    IrErrConv conv = IR_ERR_NULL;
    switch (ref->builtin) {
    case BI_STR_JOIN: rt = "adder_str_join"; args[n++] = lower_expr(L, ref->args[0]); break;
    case BI_STR_SPLIT:
        rt = "adder_str_split";
        args[n++] = opt_str_arg(L, ref, 0);
        args[n++] = int_arg_or(L, ref, 1, -1);
        break;
    case BI_STR_STRIP: rt = "adder_str_strip"; args[n++] = opt_str_arg(L, ref, 0); break;
    case BI_STR_LSTRIP: rt = "adder_str_lstrip"; args[n++] = opt_str_arg(L, ref, 0); break;
    case BI_STR_RSTRIP: rt = "adder_str_rstrip"; args[n++] = opt_str_arg(L, ref, 0); break;
    case BI_STR_UPPER: rt = "adder_str_upper"; break;
    case BI_STR_LOWER: rt = "adder_str_lower"; break;
    case BI_STR_STARTSWITH:
    case BI_STR_ENDSWITH:
        rt = ref->builtin == BI_STR_STARTSWITH ? "adder_str_startswith" : "adder_str_endswith";
        conv = IR_ERR_NEVER;
        args[n++] = lower_expr(L, ref->args[0]);
        break;
    case BI_STR_FIND:
        conv = IR_ERR_NEVER;
        args[n++] = lower_expr(L, ref->args[0]);
        rt = "adder_str_find";
        if (ref->nargs > 1) {
            rt = "adder_str_find_range";
            args[n++] = arg(L, ref, 1, L->tt->int_);
            args[n++] = int_arg_or(L, ref, 2, INT64_MIN);
        }
        break;
    case BI_STR_REPLACE:
        rt = "adder_str_replace";
        args[n++] = lower_expr(L, ref->args[0]);
        args[n++] = lower_expr(L, ref->args[1]);
        args[n++] = int_arg_or(L, ref, 2, -1);
        break;
    case BI_STR_COUNT:
        rt = "adder_str_count";
        conv = IR_ERR_NEVER;
        args[n++] = lower_expr(L, ref->args[0]);
        break;
    case BI_STR_ISDIGIT: rt = "adder_str_isdigit"; conv = IR_ERR_NEVER; break;
    default: return unsupported(L, e, "this str method");
    }
    IrRef r = lower_call_rt(L, rt, conv, e->ty, n, args);
    release_all(L, args + 1, n - 1);
    return r;
}

static IrRef method(Lower *L, AstExpr *e, SemaRef *ref) {
    IrRef recv = lower_expr(L, e->as.call.func->as.attribute.value);
    const Type *ty = ty_of(L, recv);
    IrRef r = ty->kind == TY_STR ? str_method(L, e, ref, recv) : list_method(L, e, ref, recv);
    lower_release(L, recv);
    return r;
}

static bool is_method(BuiltinId id) {
    return id >= BI_LIST_APPEND && id <= BI_STR_ISDIGIT;
}

static IrRef builtin(Lower *L, AstExpr *e, SemaRef *ref) {
    BuiltinId id = ref->builtin;
    if (lower_fixed_is_builtin(id)) { /* adder module */
        IrRef recv = id >= BI_REG_READ && id <= BI_REG_CLEAR_BITS
                         ? lower_expr(L, e->as.call.func->as.attribute.value)
                         : IR_NONE;
        return lower_fixed_builtin(L, e, ref, recv);
    }
    if (is_method(id))
        return method(L, e, ref);
    switch (id) {
    case BI_PRINT: return lower_print(L, e);
    case BI_LEN: return len_of(L, ref);
    case BI_ABS: return abs_of(L, e, ref);
    case BI_MIN: return minmax(L, e, ref, false);
    case BI_MAX: return minmax(L, e, ref, true);
    case BI_SUM: return sum_of(L, e, ref);
    case BI_INT: return int_of(L, e, ref);
    case BI_FLOAT: return float_of(L, e, ref);
    case BI_STR:
        if (ref->nargs == 0) {
            IrRef r = lower_temp(L, L->tt->str);
            lower_ins0(L, IR_CONST_STR, r)->imm = ir_string_intern(L->m, "", 0);
            return r;
        }
        return lower_to_str(L, lower_expr(L, ref->args[0]), false);
    case BI_REPR: return lower_to_str(L, lower_expr(L, ref->args[0]), true);
    case BI_BOOL: return ref->nargs ? lower_cond(L, ref->args[0]) : lower_const_bool(L, false);
    case BI_ROUND: return round_of(L, e, ref);
    case BI_DIVMOD: return divmod_of(L, e, ref);
    case BI_POW: return pow_of(L, e, ref);
    case BI_ISINSTANCE: return isinstance_of(L, ref);
    case BI_SORTED: {
        IrRef args[2] = {lower_expr(L, ref->args[0]), IR_NONE};
        args[1] = ref->nargs > 1 ? lower_cond(L, ref->args[1]) : lower_const_bool(L, false);
        return rt_call(L, lower_rt_name(L, "adder_list_sorted", ty_of(L, args[0])->elem), IR_ERR_NULL,
                       e->ty, 2, args);
    }
    case BI_BYTEARRAY: {
        if (ref->nargs && ref->args[0]->ty && ref->args[0]->ty->kind == TY_LIST) {
            IrRef l = lower_expr(L, ref->args[0]);
            return rt_call(L, "adder_bytearray_from_list", IR_ERR_NULL, e->ty, 1, &l);
        }
        IrRef n = int_arg_or(L, ref, 0, 0);
        return lower_call_rt(L, "adder_bytearray_new", IR_ERR_NULL, e->ty, 1, &n);
    }
    case BI_LIST: return list_of(L, e, ref);
    case BI_ORD: {
        IrRef s = lower_expr(L, ref->args[0]);
        return rt_call(L, "adder_str_ord", IR_ERR_PENDING, e->ty, 1, &s);
    }
    case BI_CHR: return int_to_str(L, e, ref, "adder_str_chr");
    case BI_HEX: return int_to_str(L, e, ref, "adder_str_hex");
    case BI_OCT: return int_to_str(L, e, ref, "adder_str_oct");
    case BI_BIN: return int_to_str(L, e, ref, "adder_str_bin");
    case BI_MATH_SQRT: return math_call(L, e, ref, "adder_math_sqrt", IR_ERR_PENDING);
    case BI_MATH_FLOOR: return floor_ceil(L, e, ref, "adder_float_floor");
    case BI_MATH_CEIL: return floor_ceil(L, e, ref, "adder_float_ceil");
    case BI_MATH_FABS: return math_call(L, e, ref, "adder_math_fabs", IR_ERR_NEVER);
    case BI_MATH_SIN: return math_call(L, e, ref, "adder_math_sin", IR_ERR_PENDING);
    case BI_MATH_COS: return math_call(L, e, ref, "adder_math_cos", IR_ERR_PENDING);
    case BI_MATH_TAN: return math_call(L, e, ref, "adder_math_tan", IR_ERR_PENDING);
    case BI_MATH_ATAN2: return math_call(L, e, ref, "adder_math_atan2", IR_ERR_NEVER);
    case BI_MATH_EXP: return math_call(L, e, ref, "adder_math_exp", IR_ERR_PENDING);
    case BI_MATH_LOG:
        return math_call(L, e, ref, ref->nargs > 1 ? "adder_math_log_base" : "adder_math_log",
                         IR_ERR_PENDING);
    case BI_MATH_ISNAN: return math_call(L, e, ref, "adder_math_isnan", IR_ERR_NEVER);
    case BI_MATH_ISINF: return math_call(L, e, ref, "adder_math_isinf", IR_ERR_NEVER);
    case BI_SYS_EXIT: return sys_exit(L, ref);
    default: return unsupported(L, e, "this builtin call here");
    }
}

IrRef lower_call(Lower *L, AstExpr *e) {
    SemaRef *ref = e->ref;
    ADDER_ASSERT(ref != NULL, "call without a sema ref");
    switch (ref->kind) {
    case REF_CALL_FUNC: return user_call(L, ref->fn, IR_NONE, ref);
    case REF_CALL_METHOD: {
        IrRef recv = lower_receiver(L, e->as.call.func->as.attribute.value, ref->fn->name);
        IrRef r = user_call(L, ref->fn, recv, ref);
        lower_release(L, recv);
        return r;
    }
    case REF_CALL_CTOR: return construct(L, e, ref);
    case REF_CALL_BUILTIN: return builtin(L, e, ref);
    default: return unsupported(L, e, "this call (exception objects are only raised)");
    }
}

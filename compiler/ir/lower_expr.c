/* ir/lower_expr.c: expressions to IR.
 *
 * lower_expr(e) returns a temp holding e's value, an OWNED reference when
 * the type is an object (see the rule at the top of lower.c), or IR_NONE
 * for a value of type None. Arithmetic picks the checked op by the result
 * type (sema's AstExpr.ty): operands are promoted with I2F / B2I first.
 * Comparisons are CMP with imm = the AstCmpOp; chains evaluate each middle
 * operand once and stop at the first false link. `and` / `or` and
 * conditional expressions write a result slot on each path. Calls are in
 * lower_call.c, f-strings and str() of values in lower_str.c. Every
 * instruction carries the span of the node being lowered (L->span). */
#include "ir/lower_rt.h"

#include <math.h>
#include <string.h>

static const Type *ty_of(Lower *L, IrRef r) {
    return r == IR_NONE ? L->tt->none : L->fn->vals[r].ty;
}

/* ---- names and attributes ---- */

static IrRef modval(Lower *L, BuiltinId id) {
    IrRef r;
    switch (id) {
    case BI_MATH_PI:
    case BI_MATH_E:
    case BI_MATH_INF:
    case BI_MATH_NAN: {
        static const double vals[] = {3.141592653589793, 2.718281828459045};
        r = lower_temp(L, L->tt->float_);
        IrIns *ins = lower_ins0(L, IR_CONST_FLOAT, r);
        if (id == BI_MATH_PI || id == BI_MATH_E)
            ins->fimm = vals[id == BI_MATH_E];
        else
            ins->fimm = id == BI_MATH_INF ? HUGE_VAL : NAN;
        return r;
    }
    case BI_MODULE_NAME: {
        const char *mn = L->cx->module_name ? L->cx->module_name : "__main__"; /* D */
        r = lower_temp(L, L->tt->str);
        lower_ins0(L, IR_CONST_STR, r)->imm = ir_string_intern(L->m, mn, (uint32_t)strlen(mn));
        return r;
    }
    case BI_SYS_ARGV:
        return lower_call_rt(L, "adder_sys_argv", IR_ERR_NULL, types_list(L->tt, L->tt->str), 0,
                             NULL);
    default:
        diag_error(L->cx->diag, L->span, "cannot lower builtin value '%s'", sema_builtin_name(id));
        L->failed = true;
        return lower_const_int(L, 0);
    }
}

IrRef lower_load_name(Lower *L, AstExpr *e) {
    SemaRef *ref = e->ref;
    ADDER_ASSERT(ref != NULL, "name without a sema ref");
    switch (ref->kind) {
    case REF_LOCAL:
        return lower_own(L, ref->sym->index, L->fn->vals[ref->sym->index].ty);
    case REF_GLOBAL: {
        IrRef g = lower_temp(L, ref->sym->ty);
        lower_ins0(L, IR_GET_GLOBAL, g)->sym = ref->sym;
        return lower_take(L, g);
    }
    case REF_BUILTIN:
        return modval(L, ref->builtin);
    default:
        diag_error(L->cx->diag, e->span, "cannot lower this name as a value");
        L->failed = true;
        return lower_const_int(L, 0);
    }
}

IrRef lower_receiver(Lower *L, AstExpr *value, const char *attr) {
    IrRef obj = lower_expr(L, value);
    /* A new instance is never None; everything else may be (passes can
     * remove the checks where flow analysis proves otherwise). */
    bool fresh = value->ref && value->ref->kind == REF_CALL_CTOR;
    if (!fresh) {
        Span saved = L->span;
        L->span = value->span;
        lower_ins1(L, IR_NONE_CHECK, IR_NONE, obj)->imm = ir_string_intern(L->m, attr, (uint32_t)strlen(attr));
        L->span = saved;
    }
    return obj;
}

static IrRef attribute(Lower *L, AstExpr *e) {
    SemaRef *ref = e->ref;
    if (ref && ref->kind == REF_BUILTIN)
        return modval(L, ref->builtin);
    ADDER_ASSERT(ref && ref->kind == REF_FIELD, "attribute is not a field");
    IrRef obj = lower_receiver(L, e->as.attribute.value, ref->field->name);
    IrRef f = lower_temp(L, ref->field->ty);
    lower_ins1(L, IR_GET_FIELD, f, obj)->field = ref->field;
    IrRef r = lower_take(L, f);
    lower_release(L, obj);
    return r;
}

/* ---- constants ---- */

static IrRef constant(Lower *L, AstExpr *e) {
    const AstConstant *c = &e->as.constant;
    IrRef r;
    switch (c->kind) {
    case CONST_INT: return lower_const_int(L, c->i64);
    case CONST_BOOL: return lower_const_bool(L, c->b);
    case CONST_FLOAT:
        r = lower_temp(L, L->tt->float_);
        lower_ins0(L, IR_CONST_FLOAT, r)->fimm = c->f;
        return r;
    case CONST_STR:
        r = lower_temp(L, L->tt->str);
        lower_ins0(L, IR_CONST_STR, r)->imm = ir_string_intern(L->m, c->text, c->len);
        return r;
    case CONST_NONE:
        if (e->ty && e->ty->kind == TY_OPTIONAL) {
            r = lower_temp(L, e->ty);
            lower_ins0(L, IR_CONST_NONE, r);
            return r;
        }
        return IR_NONE;
    default:
        diag_error(L->cx->diag, e->span, "cannot lower this constant");
        L->failed = true;
        return IR_NONE;
    }
}

/* ---- arithmetic ---- */

static IrOp int_op(AstBinOp op) {
    switch (op) {
    case BINOP_ADD: return IR_ADD_I;
    case BINOP_SUB: return IR_SUB_I;
    case BINOP_MULT: return IR_MUL_I;
    case BINOP_FLOOR_DIV: return IR_FLOORDIV_I;
    case BINOP_MOD: return IR_MOD_I;
    case BINOP_POW: return IR_POW_I;
    case BINOP_LSHIFT: return IR_LSHIFT_I;
    case BINOP_RSHIFT: return IR_RSHIFT_I;
    case BINOP_BIT_AND: return IR_AND_I;
    case BINOP_BIT_OR: return IR_OR_I;
    case BINOP_BIT_XOR: return IR_XOR_I;
    case BINOP_DIV: return IR_TRUEDIV_I;
    default: return IR__COUNT;
    }
}

static IrOp float_op(AstBinOp op) {
    switch (op) {
    case BINOP_ADD: return IR_ADD_F;
    case BINOP_SUB: return IR_SUB_F;
    case BINOP_MULT: return IR_MUL_F;
    case BINOP_DIV: return IR_DIV_F;
    case BINOP_FLOOR_DIV: return IR_FLOORDIV_F;
    case BINOP_MOD: return IR_MOD_F;
    case BINOP_POW: return IR_POW_F;
    default: return IR__COUNT;
    }
}

IrRef lower_arith(Lower *L, AstBinOp op, IrRef a, IrRef b, const Type *ty) {
    const Type *ta = ty_of(L, a), *tb = ty_of(L, b);
    if (lower_fixed_involved(ta, tb)) /* adder module */
        return lower_fixed_arith(L, op, a, b, ty);
    if (ty->kind == TY_FLOAT && op == BINOP_DIV && ta->kind != TY_FLOAT && tb->kind != TY_FLOAT) {
        IrRef r = lower_temp(L, ty);
        lower_ins2(L, IR_TRUEDIV_I, r, lower_coerce(L, a, L->tt->int_), lower_coerce(L, b, L->tt->int_));
        return r;
    }
    if (ty->kind == TY_FLOAT) {
        IrRef r = lower_temp(L, ty);
        lower_ins2(L, float_op(op), r, lower_coerce(L, a, ty), lower_coerce(L, b, ty));
        return r;
    }
    if (ty->kind == TY_INT || ty->kind == TY_BOOL) {
        IrRef r = lower_temp(L, L->tt->int_);
        lower_ins2(L, int_op(op), r, lower_coerce(L, a, L->tt->int_), lower_coerce(L, b, L->tt->int_));
        if (ty->kind == TY_INT)
            return r;
        IrRef z = lower_const_int(L, 0), t = lower_temp(L, ty);
        lower_ins2(L, IR_CMP, t, r, z)->imm = CMPOP_NOT_EQ;
        return t;
    }
    /* sequences: + concatenates, * repeats */
    IrRef res;
    if (op == BINOP_ADD) {
        const char *rt = ty->kind == TY_STR ? "adder_str_concat" : "adder_list_concat";
        IrRef args[2] = {a, b};
        res = lower_call_rt(L, rt, IR_ERR_NULL, ty, 2, args);
    } else {
        const char *rt = ty->kind == TY_STR ? "adder_str_repeat" : "adder_list_repeat";
        bool seq_first = ta == ty;
        IrRef n = lower_coerce(L, seq_first ? b : a, L->tt->int_);
        IrRef args[2] = {seq_first ? a : b, n};
        res = lower_call_rt(L, rt, IR_ERR_NULL, ty, 2, args);
    }
    lower_release(L, a);
    lower_release(L, b);
    return res;
}

static IrRef binop(Lower *L, AstExpr *e) {
    IrRef a = lower_expr(L, e->as.binop.left);
    IrRef b = lower_expr(L, e->as.binop.right);
    return lower_arith(L, e->as.binop.op, a, b, e->ty);
}

static IrRef unary(Lower *L, AstExpr *e) {
    AstExpr *x = e->as.unary.operand;
    if (e->as.unary.op == UNOP_NOT) {
        IrRef c = lower_cond(L, x), r = lower_temp(L, L->tt->bool_);
        lower_ins1(L, IR_NOT, r, c);
        return r;
    }
    if (e->as.unary.op == UNOP_USUB && x->kind == AST_CONSTANT && e->ty->kind == TY_INT &&
        x->as.constant.kind == CONST_INT && x->as.constant.i64 != INT64_MIN)
        return lower_const_int(L, -x->as.constant.i64);
    if (e->as.unary.op == UNOP_USUB && x->kind == AST_CONSTANT && x->as.constant.kind == CONST_FLOAT) {
        IrRef f = lower_temp(L, L->tt->float_);
        lower_ins0(L, IR_CONST_FLOAT, f)->fimm = -x->as.constant.f;
        return f;
    }
    IrRef v = lower_expr_as(L, x, e->ty);
    if (e->as.unary.op == UNOP_UADD)
        return v;
    if (e->ty->kind == TY_FIXED || e->ty->kind == TY_F32) /* adder module */
        return lower_fixed_unary(L, e->as.unary.op == UNOP_INVERT ? 1 : 0, v);
    IrRef r = lower_temp(L, e->ty);
    if (e->as.unary.op == UNOP_INVERT)
        lower_ins1(L, IR_INVERT_I, r, v);
    else
        lower_ins1(L, e->ty->kind == TY_FLOAT ? IR_NEG_F : IR_NEG_I, r, v);
    return r;
}

/* ---- conditions and comparisons ---- */

IrRef lower_truth(Lower *L, IrRef v) {
    if (v == IR_NONE)
        return lower_const_bool(L, false);
    if (ty_of(L, v)->kind == TY_BOOL)
        return v;
    IrRef t = lower_temp(L, L->tt->bool_);
    lower_ins1(L, IR_TRUTH, t, v);
    lower_release(L, v);
    return t;
}

IrRef lower_cond(Lower *L, AstExpr *e) {
    return lower_truth(L, lower_expr(L, e));
}

static bool is_none_ty(const Type *ty) {
    return !ty || ty->kind == TY_NONE;
}

/* `a is None` / `a is not None` and `==` against None. */
static IrRef none_test(Lower *L, IrRef a, IrRef b, bool negate) {
    IrRef x = is_none_ty(ty_of(L, a)) ? b : a;
    IrRef r;
    if (is_none_ty(ty_of(L, x)))
        r = lower_const_bool(L, true);
    else if (ty_of(L, x)->kind != TY_OPTIONAL)
        r = lower_const_bool(L, false);
    else {
        r = lower_temp(L, L->tt->bool_);
        lower_ins1(L, IR_IS_NONE, r, x);
    }
    if (negate) {
        IrRef n = lower_temp(L, L->tt->bool_);
        lower_ins1(L, IR_NOT, n, r);
        r = n;
    }
    return r;
}

/* Element i of a tuple, borrowed: CLEAR it after use (see unpeek). */
static void unpeek(Lower *L, IrRef el) {
    if (type_is_object(ty_of(L, el)))
        lower_ins1(L, IR_CLEAR, IR_NONE, el);
}

/* a == b for tuples of equal length, element by element. */
static IrRef tuple_eq(Lower *L, IrRef a, IrRef b, bool negate) {
    const Type *ta = ty_of(L, a), *tb = ty_of(L, b);
    if (ta->nelems != tb->nelems)
        return lower_const_bool(L, negate);
    IrRef acc = lower_const_int(L, 1);
    for (uint32_t i = 0; i < ta->nelems; i++) {
        IrRef ea = lower_tuple_get(L, a, i), eb = lower_tuple_get(L, b, i);
        IrRef c = lower_compare(L, CMPOP_EQ, ea, eb);
        unpeek(L, ea);
        unpeek(L, eb);
        IrRef ci = lower_temp(L, L->tt->int_);
        lower_ins1(L, IR_B2I, ci, c);
        IrRef nacc = lower_temp(L, L->tt->int_);
        lower_ins2(L, IR_AND_I, nacc, acc, ci);
        acc = nacc;
    }
    IrRef r = lower_temp(L, L->tt->bool_);
    lower_ins2(L, IR_CMP, r, acc, lower_const_int(L, 0))->imm = negate ? CMPOP_EQ : CMPOP_NOT_EQ;
    return r;
}


/* Element i (a constant k for tuples, slot i for lists) of a sequence,
 * borrowed: unpeek it after use. */
static IrRef peek(Lower *L, IrRef seq, IrRef i, uint32_t k) {
    const Type *ty = ty_of(L, seq);
    if (ty->kind == TY_TUPLE)
        return lower_tuple_get(L, seq, k);
    IrRef el = lower_temp(L, ty->elem);
    lower_ins2(L, IR_LIST_GET, el, seq, i);
    return el;
}

static IrRef length(Lower *L, IrRef seq) {
    const Type *ty = ty_of(L, seq);
    if (ty->kind == TY_TUPLE)
        return lower_const_int(L, ty->nelems);
    IrRef n = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_LIST_LEN, n, seq);
    return n;
}

/* res <- the comparison of the elements at i / k that differ. */
static void diff_result(Lower *L, AstCmpOp op, IrRef res, IrRef a, IrRef b, IrRef i, uint32_t k) {
    if (op == CMPOP_EQ || op == CMPOP_NOT_EQ) {
        lower_ins0(L, IR_CONST_BOOL, res)->imm = op == CMPOP_NOT_EQ;
        return;
    }
    IrRef ea = peek(L, a, i, k), eb = peek(L, b, i, k);
    lower_ins1(L, IR_MOV, res, lower_compare(L, op, ea, eb));
    unpeek(L, ea);
    unpeek(L, eb);
}

/* Lexicographic comparison of two lists or two tuples, as CPython: the
 * first unequal pair decides, else the lengths. Tuples are unrolled. */
static IrRef seq_compare(Lower *L, AstCmpOp op, IrRef a, IrRef b) {
    bool tuples = ty_of(L, a)->kind == TY_TUPLE;
    uint32_t nk = 1;
    if (tuples)
        nk = ty_of(L, a)->nelems < ty_of(L, b)->nelems ? ty_of(L, a)->nelems : ty_of(L, b)->nelems;
    IrRef res = lower_temp(L, L->tt->bool_);
    IrRef i = lower_temp(L, L->tt->int_);
    lower_ins0(L, IR_CONST_INT, i)->imm = 0;
    IrBlock *end = lower_block(L), *tail = lower_block(L), *head = lower_block(L);
    lower_jump(L, head);
    lower_start(L, head);
    for (uint32_t k = 0; k < nk; k++) {
        IrBlock *body = lower_block(L), *next = lower_block(L), *diff = lower_block(L);
        if (!tuples) {
            IrBlock *chk2 = lower_block(L);
            lower_branch(L, lower_compare(L, CMPOP_LT, i, length(L, a)), chk2, tail);
            lower_start(L, chk2);
            lower_branch(L, lower_compare(L, CMPOP_LT, i, length(L, b)), body, tail);
        } else {
            lower_jump(L, body);
        }
        lower_start(L, body);
        IrRef ea = peek(L, a, i, k), eb = peek(L, b, i, k);
        IrRef eq = lower_compare(L, CMPOP_EQ, ea, eb);
        unpeek(L, ea);
        unpeek(L, eb);
        lower_branch(L, eq, next, diff);
        lower_start(L, diff);
        diff_result(L, op, res, a, b, i, k);
        lower_jump(L, end);
        lower_start(L, next);
        if (!tuples) {
            lower_ins2(L, IR_ADD_I, i, i, lower_const_int(L, 1));
            lower_jump(L, head);
        }
    }
    if (tuples)
        lower_jump(L, tail);
    lower_start(L, tail);
    lower_ins1(L, IR_MOV, res, lower_compare(L, op, length(L, a), length(L, b)));
    lower_jump(L, end);
    lower_start(L, end);
    return res;
}

static bool is_ordering(AstCmpOp op) {
    return op == CMPOP_LT || op == CMPOP_LT_E || op == CMPOP_GT || op == CMPOP_GT_E;
}

/* One comparison link; borrows a and b. */
IrRef lower_compare(Lower *L, AstCmpOp op, IrRef a, IrRef b) {
    const Type *ta = ty_of(L, a), *tb = ty_of(L, b);
    IrRef r;
    if (is_none_ty(ta) || is_none_ty(tb))
        return none_test(L, a, b, op == CMPOP_IS_NOT || op == CMPOP_NOT_EQ);
    if (op == CMPOP_IN || op == CMPOP_NOT_IN) {
        IrRef args[2] = {b, a};
        if (tb->kind == TY_STR)
            r = lower_call_rt(L, "adder_str_contains", IR_ERR_NEVER, L->tt->bool_, 2, args);
        else if (tb->kind == TY_BYTEARRAY)
            r = lower_call_rt(L, "adder_bytearray_contains", IR_ERR_NEVER, L->tt->bool_, 2,
                              (IrRef[2]){b, lower_coerce(L, a, L->tt->int_)});
        else
            r = lower_call_rt(L, lower_rt_name(L, "adder_list_contains", tb->elem), IR_ERR_NEVER,
                              L->tt->bool_, 2, args);
        if (op == CMPOP_NOT_IN) {
            IrRef n = lower_temp(L, L->tt->bool_);
            lower_ins1(L, IR_NOT, n, r);
            r = n;
        }
        return r;
    }
    if (ta->kind == TY_TUPLE && tb->kind == TY_TUPLE && (op == CMPOP_EQ || op == CMPOP_NOT_EQ))
        return tuple_eq(L, a, b, op == CMPOP_NOT_EQ);
    if (ta->kind == TY_TUPLE && tb->kind == TY_TUPLE && is_ordering(op))
        return seq_compare(L, op, a, b);
    if (ta->kind == TY_LIST && tb->kind == TY_LIST &&
        (is_ordering(op) || !strchr("ifbs", lower_elem_kind(ta->elem)[0])))
        return seq_compare(L, op, a, b);
    if (ta->kind == TY_LIST && (op == CMPOP_EQ || op == CMPOP_NOT_EQ)) {
        IrRef args[2] = {a, b};
        r = lower_call_rt(L, lower_rt_name(L, "adder_list_eq", ta->elem), IR_ERR_NEVER,
                          L->tt->bool_, 2, args);
        if (op == CMPOP_NOT_EQ) {
            IrRef n = lower_temp(L, L->tt->bool_);
            lower_ins1(L, IR_NOT, n, r);
            r = n;
        }
        return r;
    }
    if (lower_fixed_involved(ta, tb)) { /* literal operands take the fixed type */
        const Type *want = ta->kind == TY_FIXED || ta->kind == TY_F32 ? ta : tb;
        a = lower_fixed_convert(L, a, want);
        b = lower_fixed_convert(L, b, want);
    } else if (type_is_numeric(ta) && type_is_numeric(tb) && ta != tb) {
        const Type *want = ta->kind == TY_FLOAT || tb->kind == TY_FLOAT ? L->tt->float_ : L->tt->int_;
        a = lower_coerce(L, a, want);
        b = lower_coerce(L, b, want);
    }
    r = lower_temp(L, L->tt->bool_);
    lower_ins2(L, IR_CMP, r, a, b)->imm = op;
    return r;
}

static IrRef compare(Lower *L, AstExpr *e) {
    if (e->as.compare.comparators.n == 1) {
        IrRef a = lower_expr(L, e->as.compare.left);
        IrRef b = lower_expr(L, e->as.compare.comparators.items[0]);
        IrRef c = lower_compare(L, e->as.compare.ops[0], a, b);
        lower_release(L, a);
        lower_release(L, b);
        return c;
    }
    IrRef res = lower_temp(L, L->tt->bool_);
    IrBlock *end = lower_block(L);
    IrRef left = lower_expr(L, e->as.compare.left);
    uint32_t n = e->as.compare.comparators.n;
    for (uint32_t i = 0; i < n; i++) {
        IrRef right = lower_expr(L, e->as.compare.comparators.items[i]);
        IrRef c = lower_compare(L, e->as.compare.ops[i], left, right);
        lower_ins1(L, IR_MOV, res, c);
        lower_release(L, left);
        if (i + 1 == n) {
            lower_release(L, right);
            lower_jump(L, end);
            break;
        }
        IrBlock *next = lower_block(L), *fail = lower_block(L);
        lower_branch(L, res, next, fail);
        lower_start(L, fail);
        lower_release(L, right);
        lower_jump(L, end);
        lower_start(L, next);
        left = right;
    }
    lower_start(L, end);
    return res;
}

/* a and b / a or b: the result is the first operand that decides. */
static IrRef boolop(Lower *L, AstExpr *e) {
    const Type *ty = e->ty;
    IrRef res = lower_temp(L, ty);
    IrBlock *end = lower_block(L);
    uint32_t n = e->as.boolop.values.n;
    for (uint32_t i = 0; i < n; i++) {
        IrRef v = lower_expr_as(L, e->as.boolop.values.items[i], ty);
        lower_move_into(L, res, v);
        if (i + 1 == n) {
            lower_jump(L, end);
            break;
        }
        IrRef t = res;
        if (ty->kind != TY_BOOL) {
            t = lower_temp(L, L->tt->bool_);
            lower_ins1(L, IR_TRUTH, t, res);
        }
        IrBlock *next = lower_block(L);
        if (e->as.boolop.op == BOOLOP_AND)
            lower_branch(L, t, next, end);
        else
            lower_branch(L, t, end, next);
        lower_start(L, next);
    }
    lower_start(L, end);
    return res;
}

static IrRef ifexp(Lower *L, AstExpr *e) {
    IrRef res = e->ty->kind == TY_NONE ? IR_NONE : lower_temp(L, e->ty);
    IrBlock *then = lower_block(L), *els = lower_block(L), *end = lower_block(L);
    lower_branch(L, lower_cond(L, e->as.ifexp.test), then, els);
    AstExpr *arms[2] = {e->as.ifexp.body, e->as.ifexp.orelse};
    IrBlock *blocks[2] = {then, els};
    for (int i = 0; i < 2; i++) {
        lower_start(L, blocks[i]);
        IrRef v = lower_expr_as(L, arms[i], e->ty);
        if (res != IR_NONE)
            lower_move_into(L, res, v);
        lower_jump(L, end);
    }
    lower_start(L, end);
    return res;
}

/* ---- subscripts ---- */

IrRef lower_slice_bound(Lower *L, AstExpr *e, int64_t absent) {
    if (!e)
        return lower_const_int(L, absent);
    return lower_expr_as(L, e, L->tt->int_);
}

static IrRef slice(Lower *L, AstExpr *e, IrRef seq, const Type *ty) {
    AstExpr *s = e->as.subscript.slice;
    IrRef args[4] = {seq, lower_slice_bound(L, s->as.slice.lower, INT64_MIN),
                     lower_slice_bound(L, s->as.slice.upper, INT64_MIN),
                     lower_slice_bound(L, s->as.slice.step, 1)};
    const char *rt = ty->kind == TY_STR ? "adder_str_slice" : "adder_list_slice";
    IrRef r = lower_call_rt(L, rt, IR_ERR_NULL, e->ty, 4, args);
    lower_release(L, seq);
    return r;
}

/* Element index of a tuple subscript (sema checked it is a constant). */
static int64_t tuple_index(AstExpr *idx, uint32_t n) {
    int64_t i = 0;
    if (idx->kind == AST_CONSTANT)
        i = idx->as.constant.i64;
    else if (idx->kind == AST_UNARY_OP && idx->as.unary.operand->kind == AST_CONSTANT)
        i = -idx->as.unary.operand->as.constant.i64;
    return i < 0 ? i + n : i;
}

IrRef lower_tuple_get(Lower *L, IrRef tup, uint32_t i) {
    const Type *et = ty_of(L, tup)->elems[i];
    IrRef r = lower_temp(L, et);
    lower_ins1(L, IR_TUPLE_GET, r, tup)->imm = i;
    return r;
}

static IrRef subscript(Lower *L, AstExpr *e) {
    IrRef seq = lower_expr(L, e->as.subscript.value);
    const Type *ty = ty_of(L, seq);
    AstExpr *idx = e->as.subscript.slice;
    if (idx->kind == AST_SLICE)
        return slice(L, e, seq, ty);
    if (ty->kind == TY_TUPLE) {
        IrRef r = lower_take(L, lower_tuple_get(L, seq, (uint32_t)tuple_index(idx, ty->nelems)));
        lower_release(L, seq);
        return r;
    }
    IrRef i = lower_expr_as(L, idx, L->tt->int_);
    IrRef r;
    if (ty->kind == TY_STR) {
        IrRef args[2] = {seq, i};
        r = lower_call_rt(L, "adder_str_index", IR_ERR_NULL, L->tt->str, 2, args);
    } else {
        IrRef n = lower_temp(L, L->tt->int_);
        lower_ins2(L, IR_INDEX_CHECK, n, seq, i)->imm = 0;
        const Type *et = ty->kind == TY_BYTEARRAY ? L->tt->int_ : ty->elem;
        IrRef el = lower_temp(L, et);
        lower_ins2(L, IR_LIST_GET, el, seq, n);
        r = lower_take(L, el);
    }
    lower_release(L, seq);
    return r;
}

/* ---- displays ---- */

/* A container element: None becomes a real slot of type None. */
static IrRef element(Lower *L, AstExpr *e, const Type *want) {
    IrRef v = lower_expr_as(L, e, want);
    if (v == IR_NONE) {
        v = lower_temp(L, L->tt->none);
        lower_ins0(L, IR_CONST_NONE, v);
    }
    return v;
}

static IrRef list_display(Lower *L, AstExpr *e) {
    IrRef l = lower_temp(L, e->ty);
    lower_ins0(L, IR_LIST_NEW, l)->imm = e->as.seq.elts.n;
    for (uint32_t i = 0; i < e->as.seq.elts.n; i++) {
        IrRef v = element(L, e->as.seq.elts.items[i], e->ty->elem);
        lower_ins2(L, IR_LIST_APPEND, IR_NONE, l, v);
        lower_release(L, v);
    }
    return l;
}

IrRef lower_tuple_new(Lower *L, const Type *ty, IrRef *elems) {
    IrRef t = lower_temp(L, ty);
    lower_ins(L, IR_TUPLE_NEW, t, ty->nelems, elems);
    for (uint32_t i = 0; i < ty->nelems; i++)
        if (type_is_object(ty_of(L, elems[i])))
            lower_ins1(L, IR_CLEAR, IR_NONE, elems[i]);
    return t;
}

static IrRef tuple_display(Lower *L, AstExpr *e) {
    uint32_t n = e->as.seq.elts.n;
    IrRef *elems = arena_array(L->m->arena, IrRef, n ? n : 1);
    for (uint32_t i = 0; i < n; i++)
        elems[i] = element(L, e->as.seq.elts.items[i], e->ty->elems[i]);
    return lower_tuple_new(L, e->ty, elems);
}

typedef struct CompState {
    AstExpr *e;
    IrRef list;
} CompState;

static void comp_body(Lower *L, void *arg) {
    CompState *cs = arg;
    AstComprehension *g = cs->e->as.comp.generators.items[0];
    for (uint32_t i = 0; i < g->ifs.n; i++) {
        IrBlock *keep = lower_block(L);
        lower_branch(L, lower_cond(L, g->ifs.items[i]), keep, L->loops[L->nloops - 1].cont);
        lower_start(L, keep);
    }
    IrRef v = lower_expr_as(L, cs->e->as.comp.elt, cs->e->ty->elem);
    lower_ins2(L, IR_LIST_APPEND, IR_NONE, cs->list, v);
    lower_release(L, v);
}

static IrRef list_comp(Lower *L, AstExpr *e) {
    CompState cs = {e, lower_temp(L, e->ty)};
    lower_ins0(L, IR_LIST_NEW, cs.list)->imm = 0;
    AstComprehension *g = e->as.comp.generators.items[0];
    lower_loop(L, g->target, g->iter, comp_body, &cs, NULL);
    return cs.list;
}

/* ---- dispatch ---- */

static IrRef expr_kind(Lower *L, AstExpr *e) {
    switch (e->kind) {
    case AST_CONSTANT: return constant(L, e);
    case AST_NAME: return lower_load_name(L, e);
    case AST_ATTRIBUTE: return attribute(L, e);
    case AST_BIN_OP: return binop(L, e);
    case AST_UNARY_OP: return unary(L, e);
    case AST_BOOL_OP: return boolop(L, e);
    case AST_COMPARE: return compare(L, e);
    case AST_IF_EXP: return ifexp(L, e);
    case AST_CALL: return lower_call(L, e);
    case AST_SUBSCRIPT: return subscript(L, e);
    case AST_LIST: return list_display(L, e);
    case AST_TUPLE: return tuple_display(L, e);
    case AST_LIST_COMP: return list_comp(L, e);
    case AST_JOINED_STR: return lower_fstring(L, e);
    case AST_FORMATTED_VALUE: return lower_formatted(L, e);
    default:
        diag_error(L->cx->diag, e->span, "cannot lower a '%s' expression", ast_expr_name(e->kind));
        L->failed = true;
        return IR_NONE;
    }
}

IrRef lower_expr(Lower *L, AstExpr *e) {
    if (!lower_enter(L, e->span))
        return IR_NONE;
    Span saved = L->span;
    L->span = e->span;
    IrRef r = expr_kind(L, e);
    /* Narrowed names (C | None seen as C) and similar: give the value the
     * type sema says it has. */
    if (r != IR_NONE && e->ty && e->ty->kind != TY_NONE && ty_of(L, r) != e->ty &&
        type_is_object(e->ty) && type_is_object(ty_of(L, r)))
        r = lower_coerce(L, r, e->ty);
    L->span = saved;
    lower_leave(L);
    return r;
}

IrRef lower_expr_as(Lower *L, AstExpr *e, const Type *want) {
    IrRef r = lower_expr(L, e);
    Span saved = L->span;
    L->span = e->span;
    r = lower_coerce(L, r, want);
    L->span = saved;
    return r;
}

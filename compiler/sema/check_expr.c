/* sema/check_expr.c: the types of expressions.
 *
 * sema_check_expr walks an expression bottom-up, sets AstExpr.ty on every node
 * it evaluates (and AstExpr.ref on names) and returns the type. The rules
 * follow Python 3.11 on Adder's types: int op int is int except `/`, a
 * float operand makes the result float, bool acts as int in arithmetic,
 * comparisons give bool, `and`/`or` need operands of one type (in a
 * condition any types: each operand is then tested for truthiness and the
 * BoolOp has type bool). An `expect` type flows down from annotations and
 * parameters into list displays, so that `xs: list[int] = []` and `f([])`
 * type. An operand of type TY_ERROR (already reported) makes the result
 * TY_ERROR without a second message. */
#include "sema/check.h"

#include <string.h>

bool sema_check_assignable(const Type *dst, const Type *src) {
    if (dst == src || dst->kind == TY_ERROR || src->kind == TY_ERROR)
        return true;
    if (dst->kind == TY_OPTIONAL)
        return src->kind == TY_NONE || src == dst->elem;
    /* a `C | None` value where a C is expected: a None there fails at run
     * time like in Python (AttributeError on use), so it is allowed */
    if (src->kind == TY_OPTIONAL)
        return src->elem == dst;
    return false;
}

const char *sema_assign_hint(const Type *dst, const Type *src) {
    /* CPython keeps an int an int where a float is declared: `x: float = 1`
     * prints 1, so Adder cannot silently make it 1.0. */
    if (dst->kind == TY_FLOAT && (src->kind == TY_INT || src->kind == TY_BOOL))
        return "; Python keeps it an int, so write a float such as '1.0', or 'float(...)'";
    if ((dst->kind == TY_FIXED || dst->kind == TY_F32) && type_is_scalar_num(src)) /* adder module */
        return sema_fixed_assign_hint(dst);
    return "";
}

bool sema_check_value(Checker *ch, AstExpr *e, const Type *dst, const char *what) {
    const Type *ty = sema_check_expr(ch, e, dst);
    if (sema_check_assignable(dst, ty))
        return true;
    sema_error(ch, e->span, "%s has type '%s', expected '%s'%s", what, type_name(ty), type_name(dst),
               sema_assign_hint(dst, ty));
    return false;
}

bool sema_check_printable(const Type *ty) {
    switch (ty->kind) {
    case TY_ERROR:
    case TY_NONE:
    case TY_BOOL:
    case TY_INT:
    case TY_FLOAT:
    case TY_STR:
    case TY_BYTEARRAY:
    case TY_FIXED: /* adder module */
    case TY_F32: return true;
    case TY_LIST: return sema_check_printable(ty->elem);
    case TY_TUPLE:
        for (uint32_t i = 0; i < ty->nelems; i++)
            if (!sema_check_printable(ty->elems[i]))
                return false;
        return true;
    default: return false;
    }
}

const Type *sema_check_elem_type(Checker *ch, const Type *ty) {
    switch (ty->kind) {
    case TY_LIST: return ty->elem;
    case TY_STR: return ch->tt->str;
    case TY_BYTEARRAY:
    case TY_RANGE: return ch->tt->int_;
    case TY_ERROR: return ty;
    default: return NULL;
    }
}

void sema_check_not_iterable(Checker *ch, Span span, const Type *ty) {
    if (ty->kind == TY_TUPLE)
        sema_error(ch, span, "iterating over a tuple is not supported by Adder yet; use a list");
    else
        sema_error(ch, span, "'%s' object is not iterable", type_name(ty));
}

static const Type *set(AstExpr *e, const Type *ty) {
    e->ty = ty;
    return ty;
}

static const Type *error(Checker *ch, AstExpr *e) { return set(e, ch->tt->error); }

/* ---- names ---- */

static const Type *name_ref(Checker *ch, AstExpr *e, RefKind kind, Symbol *sym, const Type *ty) {
    e->ref = sema_new_ref(ch, kind);
    e->ref->sym = sym;
    return set(e, ty);
}

static const Type *load_global(Checker *ch, AstExpr *e, Symbol *sym) {
    if (!sym->ty) {
        if (ch->fs->is_module)
            sema_error(ch, e->span, "name '%s' is used before it is assigned", sym->name);
        else
            sema_error(
                ch, e->span,
                "the type of global '%s' is not known here; annotate it at module level, e.g. '%s: int = 0'",
                sym->name, sym->name);
        sym->ty = ch->tt->error;
    }
    return name_ref(ch, e, REF_GLOBAL, sym, sym->ty);
}

static bool listed(const char *const *items, uint32_t n, const char *name) {
    for (uint32_t i = 0; i < n; i++)
        if (strcmp(items[i], name) == 0)
            return true;
    return false;
}

static const Type *load_builtin(Checker *ch, AstExpr *e, const char *name) {
    ExcId exc = sema_lookup_exc(name);
    if (exc != EXC__COUNT) {
        e->ref = sema_new_ref(ch, REF_CLASS);
        e->ref->cls = ch->m->exc_classes[exc];
        return set(e, types_class(ch->tt, e->ref->cls));
    }
    BuiltinId id = sema_lookup_member("", name);
    if (id != BI_NONE) {
        e->ref = sema_new_ref(ch, REF_BUILTIN);
        e->ref->builtin = id;
        return set(e, ch->tt->str);
    }
    if (sema_lookup_function(name) != BI_NONE) {
        sema_error(ch, e->span, "builtin functions as values are not supported by Adder yet");
        return error(ch, e);
    }
    sema_error(ch, e->span, "name '%s' is not defined", name);
    return error(ch, e);
}

const Type *sema_check_name_load(Checker *ch, AstExpr *e) {
    FnState *fs = ch->fs;
    const char *name = e->as.name.id.s;
    for (uint32_t i = fs->comp.n; i-- > 0;)
        if (strcmp(fs->comp.items[i]->name, name) == 0)
            return name_ref(ch, e, REF_LOCAL, fs->comp.items[i], fs->comp.items[i]->ty);
    if (!fs->is_module && listed(fs->assigned.items, fs->assigned.n, name) &&
        !listed(fs->global_names.items, fs->global_names.n, name)) {
        for (uint32_t i = 0; i < fs->vars.n; i++) {
            Symbol *sym = fs->vars.items[i];
            if (strcmp(sym->name, name) == 0 && sym->ty)
                return name_ref(ch, e, REF_LOCAL, sym, sym->ty);
        }
        sema_error(ch, e->span, "local variable '%s' is used before it is assigned", name);
        return error(ch, e);
    }
    for (uint32_t i = 0; i < fs->vars.n; i++) /* parameters */
        if (fs->vars.items[i]->is_param && strcmp(fs->vars.items[i]->name, name) == 0)
            return name_ref(ch, e, REF_LOCAL, fs->vars.items[i], fs->vars.items[i]->ty);
    ModName *mn = sema_check_find_name(ch, name);
    if (!mn)
        return load_builtin(ch, e, name);
    if (!mn->sym && mn->builtin == BI_NONE) /* a rejected import */
        return error(ch, e);
    if (!mn->sym) {
        const Type *ty = mn->builtin == BI_SYS_ARGV ? types_list(ch->tt, ch->tt->str)
                         : mn->builtin >= BI_MATH_PI && mn->builtin <= BI_MATH_NAN ? ch->tt->float_
                                                                                   : NULL;
        if (!ty) {
            sema_error(ch, e->span, "builtin functions as values are not supported by Adder yet");
            return error(ch, e);
        }
        e->ref = sema_new_ref(ch, REF_BUILTIN);
        e->ref->builtin = mn->builtin;
        return set(e, ty);
    }
    Symbol *sym = mn->sym;
    switch (sym->kind) {
    case SYM_GLOBAL: return load_global(ch, e, sym);
    case SYM_FUNC:
        sema_error(ch, e->span, "functions as values are not supported by Adder yet");
        return error(ch, e);
    case SYM_CLASS:
        e->ref = sema_new_ref(ch, REF_CLASS);
        e->ref->cls = sym->cls;
        return set(e, sym->ty);
    case SYM_MODULE:
        e->ref = sema_new_ref(ch, REF_MODULE);
        e->ref->sym = sym;
        return set(e, sym->ty);
    case SYM_LOCAL: break;
    }
    ADDER_UNREACHABLE();
}

static const Type *name_value(Checker *ch, AstExpr *e) {
    const Type *ty = sema_check_name_load(ch, e);
    if (ty->kind == TY_MODULE) {
        sema_error(ch, e->span, "modules as values are not supported by Adder yet");
        return error(ch, e);
    }
    if (e->ref && e->ref->kind == REF_CLASS) {
        sema_error(ch, e->span, "classes as values are not supported by Adder yet");
        return error(ch, e);
    }
    return ty;
}

/* ---- operators ---- */

static const Type *arith(Checker *ch, const Type *lt, const Type *rt) {
    return lt->kind == TY_FLOAT || rt->kind == TY_FLOAT ? ch->tt->float_ : ch->tt->int_;
}

/* The value of an int expression made of literals (`-1 ** 2`), if it has
 * one without overflow: it decides whether `a ** b` is int or float. */
static bool const_int(const AstExpr *e, int64_t *out, int depth) {
    int64_t a, b;
    if (depth > 32)
        return false;
    switch (e->kind) {
    case AST_CONSTANT:
        if (e->as.constant.kind == CONST_BOOL) {
            *out = e->as.constant.b;
            return true;
        }
        *out = e->as.constant.i64;
        return e->as.constant.kind == CONST_INT && e->as.constant.fits_i64;
    case AST_UNARY_OP:
        if (!const_int(e->as.unary.operand, &a, depth + 1))
            return false;
        if (e->as.unary.op == UNOP_UADD)
            *out = a;
        else if (e->as.unary.op == UNOP_USUB && a != INT64_MIN)
            *out = -a;
        else
            return false;
        return true;
    case AST_BIN_OP:
        if (!const_int(e->as.binop.left, &a, depth + 1) || !const_int(e->as.binop.right, &b, depth + 1))
            return false;
        switch (e->as.binop.op) {
        case BINOP_ADD: return !__builtin_add_overflow(a, b, out);
        case BINOP_SUB: return !__builtin_sub_overflow(a, b, out);
        case BINOP_MULT: return !__builtin_mul_overflow(a, b, out);
        case BINOP_POW:
            if (b < 0 || b > 64)
                return false;
            *out = 1;
            for (int64_t i = 0; i < b; i++)
                if (__builtin_mul_overflow(*out, a, out))
                    return false;
            return true;
        default: return false;
        }
    default: return false;
    }
}

bool sema_check_const_int(const AstExpr *e, int64_t *out) { return const_int(e, out, 0); }

bool sema_check_neg_exponent(const AstExpr *e) {
    int64_t v;
    return const_int(e, &v, 0) && v < 0;
}

static bool is_intlike(const Type *ty) { return ty->kind == TY_INT || ty->kind == TY_BOOL; }

const Type *sema_check_binop_type(Checker *ch, AstExpr *e, AstBinOp op, const Type *lt, const Type *rt) {
    if (lt->kind == TY_ERROR || rt->kind == TY_ERROR)
        return ch->tt->error;
    if (sema_fixed_involved(lt, rt) && type_is_scalar_num(lt) && type_is_scalar_num(rt))
        return sema_fixed_binop(ch, e, lt, rt); /* adder module */
    if (type_is_numeric(lt) && type_is_numeric(rt)) {
        switch (op) {
        case BINOP_DIV: return ch->tt->float_;
        case BINOP_POW:
            if (is_intlike(lt) && is_intlike(rt) && sema_check_neg_exponent(e->as.binop.right))
                return ch->tt->float_;
            return arith(ch, lt, rt);
        case BINOP_ADD:
        case BINOP_SUB:
        case BINOP_MULT:
        case BINOP_MOD:
        case BINOP_FLOOR_DIV: return arith(ch, lt, rt);
        case BINOP_MAT_MULT: break;
        default:
            if (!is_intlike(lt) || !is_intlike(rt))
                break;
            if (lt->kind == TY_BOOL && rt->kind == TY_BOOL &&
                (op == BINOP_BIT_AND || op == BINOP_BIT_OR || op == BINOP_BIT_XOR))
                return ch->tt->bool_;
            return ch->tt->int_;
        }
    } else if (op == BINOP_ADD && lt == rt && (lt->kind == TY_STR || lt->kind == TY_LIST)) {
        return lt;
    } else if (op == BINOP_ADD && lt->kind == TY_TUPLE && rt->kind == TY_TUPLE) {
        uint32_t n = lt->nelems + rt->nelems;
        const Type **elems = arena_array(ch->arena, const Type *, n);
        memcpy(elems, lt->elems, sizeof(*elems) * lt->nelems);
        memcpy(elems + lt->nelems, rt->elems, sizeof(*elems) * rt->nelems);
        return types_tuple(ch->tt, elems, n);
    } else if (op == BINOP_MULT && (lt->kind == TY_STR || lt->kind == TY_LIST) && is_intlike(rt)) {
        return lt;
    } else if (op == BINOP_MULT && (rt->kind == TY_STR || rt->kind == TY_LIST) && is_intlike(lt)) {
        return rt;
    } else if (op == BINOP_MOD && lt->kind == TY_STR) {
        sema_error(ch, e->span, "'%%' string formatting is not supported by Adder yet; use an f-string");
        return ch->tt->error;
    }
    sema_error(ch, e->span, "unsupported operand type(s) for %s: '%s' and '%s'", ast_binop_text(op),
               type_name(lt), type_name(rt));
    return ch->tt->error;
}

static const Type *binop(Checker *ch, AstExpr *e, const Type *expect) {
    AstBinOp op = e->as.binop.op;
    const Type *lexp =
        expect && expect->kind == TY_LIST && (op == BINOP_ADD || op == BINOP_MULT) ? expect : NULL;
    const Type *lt = sema_check_expr(ch, e->as.binop.left, lexp);
    const Type *rt =
        sema_check_expr(ch, e->as.binop.right, op == BINOP_ADD && lt->kind == TY_LIST ? lt : NULL);
    return set(e, sema_check_binop_type(ch, e, op, lt, rt));
}

static const Type *unary(Checker *ch, AstExpr *e) {
    if (e->as.unary.op == UNOP_NOT) {
        sema_check_cond(ch, e->as.unary.operand);
        return set(e, ch->tt->bool_);
    }
    const Type *ty = sema_check_expr(ch, e->as.unary.operand, NULL);
    if (ty->kind == TY_ERROR)
        return error(ch, e);
    if (ty->kind == TY_FIXED || (ty->kind == TY_F32 && e->as.unary.op != UNOP_INVERT))
        return set(e, ty); /* adder module */
    if (e->as.unary.op == UNOP_INVERT ? is_intlike(ty) : type_is_numeric(ty))
        return set(e, ty->kind == TY_FLOAT ? ty : ch->tt->int_);
    const char *op = e->as.unary.op == UNOP_INVERT ? "~" : e->as.unary.op == UNOP_USUB ? "-" : "+";
    sema_error(ch, e->span, "bad operand type for unary %s: '%s'", op, type_name(ty));
    return error(ch, e);
}

static bool truthy(const Type *ty) {
    return ty->kind != TY_FUNC && ty->kind != TY_MODULE && ty->kind != TY_RANGE;
}

void sema_check_cond(Checker *ch, AstExpr *e) {
    if (e->kind == AST_BOOL_OP) {
        for (uint32_t i = 0; i < e->as.boolop.values.n; i++)
            sema_check_cond(ch, e->as.boolop.values.items[i]);
        set(e, ch->tt->bool_);
        return;
    }
    if (e->kind == AST_UNARY_OP && e->as.unary.op == UNOP_NOT) {
        sema_check_cond(ch, e->as.unary.operand);
        set(e, ch->tt->bool_);
        return;
    }
    const Type *ty = sema_check_expr(ch, e, NULL);
    if (!truthy(ty))
        sema_error(ch, e->span, "'%s' cannot be used as a condition", type_name(ty));
}

static const Type *boolop(Checker *ch, AstExpr *e, const Type *expect) {
    const Type *ty = NULL;
    bool bad = false;
    for (uint32_t i = 0; i < e->as.boolop.values.n; i++) {
        AstExpr *v = e->as.boolop.values.items[i];
        const Type *vt = sema_check_expr(ch, v, expect);
        if (vt->kind == TY_ERROR)
            bad = true;
        else if (!ty)
            ty = vt;
        else if (vt != ty && !bad) {
            sema_error(ch, v->span, "operands of '%s' must have the same type in Adder; found '%s' and '%s'",
                       e->as.boolop.op == BOOLOP_AND ? "and" : "or", type_name(ty), type_name(vt));
            bad = true;
        }
    }
    return bad ? error(ch, e) : set(e, ty);
}

/* Lists and tuples compare only with their own type (their items are
 * compared by one C routine per type); numbers compare across types. */
static bool comparable_order(const Type *lt, const Type *rt) {
    if (type_is_numeric(lt) && type_is_numeric(rt))
        return true;
    if (lt == rt && (lt->kind == TY_FIXED || lt->kind == TY_F32)) /* adder module */
        return true;
    if (lt != rt)
        return false;
    if (lt->kind == TY_STR || lt->kind == TY_BYTEARRAY)
        return true;
    if (lt->kind == TY_LIST)
        return comparable_order(lt->elem, lt->elem);
    if (lt->kind == TY_TUPLE) {
        for (uint32_t i = 0; i < lt->nelems; i++)
            if (!comparable_order(lt->elems[i], lt->elems[i]))
                return false;
        return true;
    }
    return false;
}

bool sema_check_orderable(const Type *ty) { return ty->kind != TY_ERROR && comparable_order(ty, ty); }

static bool comparable_eq(const Type *lt, const Type *rt) {
    if (type_is_numeric(lt) && type_is_numeric(rt))
        return true;
    if (lt->kind == TY_NONE || rt->kind == TY_NONE)
        return lt->kind == TY_OPTIONAL || rt->kind == TY_OPTIONAL || lt == rt;
    if (lt->kind == TY_OPTIONAL || rt->kind == TY_OPTIONAL) {
        const Type *a = lt->kind == TY_OPTIONAL ? lt->elem : lt, *b = rt->kind == TY_OPTIONAL ? rt->elem : rt;
        return a == b;
    }
    return lt == rt && lt->kind != TY_FUNC && lt->kind != TY_MODULE && lt->kind != TY_RANGE;
}

static bool comparable(Checker *ch, AstCmpOp op, const Type *lt, const Type *rt) {
    switch (op) {
    case CMPOP_EQ:
    case CMPOP_NOT_EQ: return comparable_eq(lt, rt);
    case CMPOP_IS:
    case CMPOP_IS_NOT:
        if (lt->kind == TY_NONE || rt->kind == TY_NONE)
            return type_is_object(lt) || type_is_object(rt) || lt == rt;
        if (lt->kind == TY_OPTIONAL)
            lt = lt->elem;
        if (rt->kind == TY_OPTIONAL)
            rt = rt->elem;
        return lt == rt && type_is_object(lt);
    case CMPOP_IN:
    case CMPOP_NOT_IN:
        if (rt->kind == TY_STR)
            return lt->kind == TY_STR;
        if (rt->kind == TY_LIST)
            return comparable_eq(lt, rt->elem);
        if (rt->kind == TY_BYTEARRAY || rt->kind == TY_RANGE)
            return is_intlike(lt);
        if (rt->kind == TY_TUPLE) { /* `x in (1, 2)`: compared with each item */
            for (uint32_t i = 0; i < rt->nelems; i++)
                if (!comparable_eq(lt, rt->elems[i]))
                    return false;
            return true;
        }
        return false;
    default: (void)ch; return comparable_order(lt, rt);
    }
}

static const char *cmp_text(AstCmpOp op) {
    static const char *const text[CMPOP__COUNT] = {
#define CMPOP(name, py, t) [CMPOP_##name] = t,
#include "parse/ast.def"
    };
    return text[op];
}

static bool wants_expect(AstExpr *e) {
    return (e->kind == AST_LIST && !e->as.seq.elts.n) ||
           (e->kind == AST_CALL && !e->as.call.args.n && e->as.call.func->kind == AST_NAME);
}

static const Type *compare(Checker *ch, AstExpr *e) {
    AstExpr *left = e->as.compare.left;
    const Type *lt = sema_check_expr(ch, left, NULL);
    bool bad = lt->kind == TY_ERROR;
    for (uint32_t i = 0; i < e->as.compare.comparators.n; i++) {
        AstExpr *right = e->as.compare.comparators.items[i];
        AstCmpOp op = e->as.compare.ops[i];
        const Type *expect = NULL;
        if (wants_expect(right) && lt->kind == TY_LIST && op != CMPOP_IN && op != CMPOP_NOT_IN)
            expect = lt;
        const Type *rt = sema_check_expr(ch, right, expect);
        if (lt->kind != TY_ERROR && rt->kind != TY_ERROR && sema_fixed_involved(lt, rt) && op <= CMPOP_GT_E &&
            type_is_scalar_num(lt) && type_is_scalar_num(rt)) { /* adder module */
            AstExpr *l = i ? e->as.compare.comparators.items[i - 1] : left;
            bad = !sema_fixed_compare(ch, e, l, lt, right, rt) || bad;
        } else if (lt->kind != TY_ERROR && rt->kind != TY_ERROR && !comparable(ch, op, lt, rt)) {
            if (op == CMPOP_IS || op == CMPOP_IS_NOT)
                sema_error(ch, e->span, "'%s' is only supported with None or objects of one type in Adder",
                           cmp_text(op));
            else if (op == CMPOP_IN || op == CMPOP_NOT_IN)
                sema_error(ch, right->span, "'%s' is not supported between '%s' and '%s'", cmp_text(op),
                           type_name(lt), type_name(rt));
            else
                sema_error(ch, e->span, "'%s' not supported between instances of '%s' and '%s'", cmp_text(op),
                           type_name(lt), type_name(rt));
            bad = true;
        }
        bad = bad || rt->kind == TY_ERROR;
        lt = rt;
    }
    return bad ? error(ch, e) : set(e, ch->tt->bool_);
}

static const Type *ifexp(Checker *ch, AstExpr *e, const Type *expect) {
    sema_check_cond(ch, e->as.ifexp.test);
    const Type *bt = sema_check_expr(ch, e->as.ifexp.body, expect);
    const Type *ot = sema_check_expr(ch, e->as.ifexp.orelse, expect);
    if (bt->kind == TY_ERROR || ot->kind == TY_ERROR)
        return error(ch, e);
    if (bt == ot)
        return set(e, bt);
    if (bt->kind == TY_NONE && type_is_object(ot))
        return set(e, types_optional(ch->tt, ot));
    if (ot->kind == TY_NONE && type_is_object(bt))
        return set(e, types_optional(ch->tt, bt));
    if (expect && sema_check_assignable(expect, bt) && sema_check_assignable(expect, ot))
        return set(e, expect);
    sema_error(ch, e->span,
               "the branches of a conditional expression must have the same type; found '%s' and '%s'",
               type_name(bt), type_name(ot));
    return error(ch, e);
}

/* ---- literals and displays ---- */

static const Type *constant(Checker *ch, AstExpr *e) {
    const AstConstant *c = &e->as.constant;
    switch (c->kind) {
    case CONST_INT:
        if (!c->fits_i64) {
            sema_error(ch, e->span, "integer literal is too large for Adder's 64-bit int");
            return error(ch, e);
        }
        return set(e, ch->tt->int_);
    case CONST_FLOAT: return set(e, ch->tt->float_);
    case CONST_STR: return set(e, ch->tt->str);
    case CONST_BOOL: return set(e, ch->tt->bool_);
    case CONST_NONE: return set(e, ch->tt->none);
    case CONST_BYTES: sema_unsupported(ch, e->span, "bytes literals"); break;
    case CONST_COMPLEX: sema_unsupported(ch, e->span, "complex numbers"); break;
    case CONST_ELLIPSIS: sema_unsupported(ch, e->span, "'...' as a value"); break;
    }
    return error(ch, e);
}

static const Type *list_display(Checker *ch, AstExpr *e, const Type *expect) {
    AstExprList elts = e->as.seq.elts;
    const Type *want = expect && expect->kind == TY_LIST ? expect->elem : NULL;
    const Type *ty = want;
    bool bad = false;
    for (uint32_t i = 0; i < elts.n; i++) {
        AstExpr *x = elts.items[i];
        if (x->kind == AST_STARRED) {
            sema_unsupported(ch, x->span, "starred expressions in lists");
            bad = true;
            continue;
        }
        const Type *xt = sema_check_expr(ch, x, ty);
        if (xt->kind == TY_ERROR)
            bad = true;
        else if (!ty)
            ty = xt;
        else if (want && !sema_check_assignable(want, xt)) {
            sema_error(ch, x->span, "list element has type '%s', expected '%s'%s", type_name(xt),
                       type_name(want), sema_assign_hint(want, xt));
            bad = true;
        } else if (!want && xt != ty) {
            if (!bad)
                sema_error(ch, x->span, "list elements must have the same type in Adder; found '%s' and '%s'",
                           type_name(ty), type_name(xt));
            bad = true;
        }
    }
    if (bad)
        return error(ch, e);
    if (!ty) {
        sema_error(ch, e->span,
                   "cannot infer the element type of an empty list; annotate it, e.g. 'xs: list[int] = []'");
        return error(ch, e);
    }
    return set(e, types_list(ch->tt, ty));
}

static const Type *tuple_display(Checker *ch, AstExpr *e, const Type *expect) {
    AstExprList elts = e->as.seq.elts;
    if (!elts.n) {
        sema_unsupported(ch, e->span, "empty tuples");
        return error(ch, e);
    }
    const Type **tys = arena_array(ch->arena, const Type *, elts.n);
    bool bad = false;
    bool fits = expect && expect->kind == TY_TUPLE && expect->nelems == elts.n;
    for (uint32_t i = 0; i < elts.n; i++) {
        AstExpr *x = elts.items[i];
        if (x->kind == AST_STARRED) {
            sema_unsupported(ch, x->span, "starred expressions in tuples");
            bad = true;
            continue;
        }
        tys[i] = sema_check_expr(ch, x, fits ? expect->elems[i] : NULL);
        if (fits && tys[i] != expect->elems[i] && sema_check_assignable(expect->elems[i], tys[i]))
            tys[i] = expect->elems[i];
        bad = bad || tys[i]->kind == TY_ERROR;
    }
    return bad ? error(ch, e) : set(e, types_tuple(ch->tt, tys, elts.n));
}

static const Type *list_comp(Checker *ch, AstExpr *e, const Type *expect) {
    AstCompList gens = e->as.comp.generators;
    if (gens.n != 1) {
        sema_error(ch, e->span, "comprehensions with several 'for' clauses are not supported by Adder yet");
        return error(ch, e);
    }
    AstComprehension *g = gens.items[0];
    if (g->is_async) {
        sema_unsupported(ch, e->span, "async comprehensions");
        return error(ch, e);
    }
    const Type *ity = g->iter->kind == AST_CALL ? sema_check_call(ch, g->iter, NULL, true)
                                                : sema_check_expr(ch, g->iter, NULL);
    g->iter->ty = ity;
    const Type *ety = ity->kind == TY_ERROR ? ity : sema_check_elem_type(ch, ity);
    if (!ety) {
        sema_check_not_iterable(ch, g->iter->span, ity);
        ety = ch->tt->error;
    }
    FnState *fs = ch->fs;
    uint32_t scope = fs->comp.n;
    sema_check_store(ch, g->target, ety, true);
    for (uint32_t i = 0; i < g->ifs.n; i++)
        sema_check_cond(ch, g->ifs.items[i]);
    const Type *want = expect && expect->kind == TY_LIST ? expect->elem : NULL;
    const Type *xt = sema_check_expr(ch, e->as.comp.elt, want);
    fs->comp.n = scope;
    if (xt->kind == TY_ERROR || ety->kind == TY_ERROR)
        return error(ch, e);
    if (want && sema_check_assignable(want, xt))
        xt = want;
    if (xt->kind == TY_NONE) {
        sema_error(ch, e->as.comp.elt->span, "a list of None is not supported");
        return error(ch, e);
    }
    return set(e, types_list(ch->tt, xt));
}

static bool is_tiny_spec_value(const Type *ty) { return ty->kind == TY_INT || ty->kind == TY_STR; }

static const Type *formatted(Checker *ch, AstExpr *e, bool in_spec) {
    const Type *ty = sema_check_expr(ch, e->as.formatted.value, NULL);
    set(e, ch->tt->str);
    if (ty->kind == TY_ERROR)
        return error(ch, e);
    int conv = e->as.formatted.conversion;
    if (conv == 'a') {
        sema_unsupported(ch, e->span, "'!a' conversions");
        return error(ch, e);
    }
    if (in_spec && !is_tiny_spec_value(ty)) {
        sema_error(ch, e->as.formatted.value->span, "a nested format field must be 'int' or 'str', not '%s'",
                   type_name(ty));
        return error(ch, e);
    }
    if (!sema_check_printable(ty)) {
        sema_error(ch, e->as.formatted.value->span, "cannot format a value of type '%s' in Adder",
                   type_name(ty));
        return error(ch, e);
    }
    AstExpr *spec = e->as.formatted.format_spec;
    if (!spec)
        return e->ty;
    set(spec, ch->tt->str);
    for (uint32_t i = 0; i < spec->as.joined.values.n; i++) {
        AstExpr *part = spec->as.joined.values.items[i];
        if (part->kind == AST_FORMATTED_VALUE)
            formatted(ch, part, true);
        else
            sema_check_expr(ch, part, NULL);
    }
    bool spec_ok = conv == 's' || conv == 'r' ? true
                                              : ty->kind == TY_INT || ty->kind == TY_FLOAT ||
                                                    ty->kind == TY_STR || ty->kind == TY_BOOL ||
                                                    ty->kind == TY_F32 || /* as int/float */
                                                    (ty->kind == TY_FIXED && (ty->bits < 64 || ty->is_signed));
    if (!spec_ok) {
        sema_error(ch, e->as.formatted.value->span, "format specs for values of type '%s' are not supported",
                   type_name(ty));
        return error(ch, e);
    }
    return e->ty;
}

static const Type *joined(Checker *ch, AstExpr *e) {
    for (uint32_t i = 0; i < e->as.joined.values.n; i++) {
        AstExpr *part = e->as.joined.values.items[i];
        if (part->kind == AST_FORMATTED_VALUE)
            formatted(ch, part, false);
        else
            sema_check_expr(ch, part, NULL);
    }
    return set(e, ch->tt->str);
}

/* ---- subscripts ---- */

static bool int_index(Checker *ch, AstExpr *idx) {
    const Type *ty = sema_check_expr(ch, idx, NULL);
    if (ty->kind == TY_ERROR)
        return false;
    if (!is_intlike(ty)) {
        sema_error(ch, idx->span, "indices must be 'int', not '%s'", type_name(ty));
        return false;
    }
    return true;
}

static bool slice_parts(Checker *ch, AstExpr *s, const Type *cty) {
    AstExpr *parts[3] = {s->as.slice.lower, s->as.slice.upper, s->as.slice.step};
    bool ok = true;
    for (int i = 0; i < 3; i++)
        if (parts[i] && !(parts[i]->kind == AST_CONSTANT && parts[i]->as.constant.kind == CONST_NONE))
            ok = int_index(ch, parts[i]) && ok;
        else if (parts[i])
            set(parts[i], ch->tt->none);
    set(s, cty);
    return ok;
}

static bool const_index(AstExpr *idx, int64_t *out) {
    bool neg = false;
    if (idx->kind == AST_UNARY_OP && idx->as.unary.op == UNOP_USUB) {
        neg = true;
        idx = idx->as.unary.operand;
    }
    if (idx->kind != AST_CONSTANT || idx->as.constant.kind != CONST_INT || !idx->as.constant.fits_i64)
        return false;
    *out = neg ? -idx->as.constant.i64 : idx->as.constant.i64;
    return true;
}

static const Type *tuple_item(Checker *ch, AstExpr *e, const Type *cty) {
    AstExpr *idx = e->as.subscript.slice;
    int64_t i;
    if (idx->kind == AST_SLICE) {
        sema_unsupported(ch, idx->span, "tuple slices");
        return error(ch, e);
    }
    sema_check_expr(ch, idx, NULL);
    if (!const_index(idx, &i)) {
        sema_error(ch, idx->span, "a tuple index must be an integer constant in Adder");
        return error(ch, e);
    }
    int64_t n = cty->nelems;
    if (i < -n || i >= n) {
        sema_error(ch, idx->span, "tuple index out of range");
        return error(ch, e);
    }
    return set(e, cty->elems[i < 0 ? i + n : i]);
}

static const Type *subscript(Checker *ch, AstExpr *e) {
    const Type *cty = sema_check_expr(ch, e->as.subscript.value, NULL);
    AstExpr *idx = e->as.subscript.slice;
    if (cty->kind == TY_ERROR) {
        sema_check_expr(ch, idx->kind == AST_SLICE ? e->as.subscript.value : idx, NULL);
        return error(ch, e);
    }
    if (cty->kind == TY_TUPLE)
        return tuple_item(ch, e, cty);
    if (cty->kind != TY_LIST && cty->kind != TY_STR && cty->kind != TY_BYTEARRAY) {
        sema_error(ch, e->as.subscript.value->span, "'%s' object is not subscriptable", type_name(cty));
        return error(ch, e);
    }
    if (idx->kind == AST_SLICE)
        return slice_parts(ch, idx, cty) ? set(e, cty) : error(ch, e);
    if (!int_index(ch, idx))
        return error(ch, e);
    return set(e, cty->kind == TY_LIST ? cty->elem : cty->kind == TY_STR ? cty : ch->tt->int_);
}

const Type *sema_check_expr(Checker *ch, AstExpr *e, const Type *expect) {
    switch (e->kind) {
    case AST_BOOL_OP: return boolop(ch, e, expect);
    case AST_BIN_OP: return binop(ch, e, expect);
    case AST_UNARY_OP: return unary(ch, e);
    case AST_IF_EXP: return ifexp(ch, e, expect);
    case AST_COMPARE: return compare(ch, e);
    case AST_CALL: return sema_check_call(ch, e, expect, false);
    case AST_CONSTANT: return constant(ch, e);
    case AST_ATTRIBUTE: return set(e, sema_check_attribute(ch, e));
    case AST_SUBSCRIPT: return subscript(ch, e);
    case AST_NAME: return name_value(ch, e);
    case AST_LIST: return list_display(ch, e, expect);
    case AST_TUPLE: return tuple_display(ch, e, expect);
    case AST_LIST_COMP: return list_comp(ch, e, expect);
    case AST_JOINED_STR: return joined(ch, e);
    case AST_FORMATTED_VALUE: return formatted(ch, e, false);
    case AST_NAMED_EXPR: sema_unsupported(ch, e->span, "assignment expressions (':=')"); break;
    case AST_LAMBDA: sema_unsupported(ch, e->span, "lambda expressions"); break;
    case AST_DICT: sema_unsupported(ch, e->span, "dicts"); break;
    case AST_SET: sema_unsupported(ch, e->span, "sets"); break;
    case AST_SET_COMP: sema_unsupported(ch, e->span, "set comprehensions"); break;
    case AST_DICT_COMP: sema_unsupported(ch, e->span, "dict comprehensions"); break;
    case AST_GENERATOR_EXP: sema_unsupported(ch, e->span, "generator expressions"); break;
    case AST_AWAIT: sema_unsupported(ch, e->span, "'await' expressions"); break;
    case AST_YIELD:
    case AST_YIELD_FROM: sema_unsupported(ch, e->span, "generators ('yield')"); break;
    case AST_STARRED: sema_unsupported(ch, e->span, "starred expressions"); break;
    case AST_SLICE: sema_error(ch, e->span, "a slice is only allowed inside '[]'"); break;
    case AST_EXPR__COUNT: ADDER_UNREACHABLE();
    }
    return error(ch, e);
}

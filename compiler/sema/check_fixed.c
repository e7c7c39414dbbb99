/* sema/check_fixed.c: the `adder` module's types in the checker —
 * fixed-width integers (u8 .. i64), f32, registers (Reg8/16/32) and
 * @extern functions (DESIGN §3).
 *
 * Mixing rules (also in compiler/python/adder.py): fixed op fixed of the
 * same type gives that type; fixed op an int literal (a constant int
 * expression) in the type's range gives the fixed type; anything else mixing
 * a fixed type with int or another fixed type is an error with the hint
 * "convert explicitly: u8(x)". f32 mixes with f32 and float/int literals
 * for + - * /. `/` of fixed ints gives float. Literal operands keep type
 * int in the AST (AstExpr.ty); lowering converts them to the operation's
 * type (lower_coerce), which is exact because they are in range. */
#include "sema/check.h"

#include <stdio.h>
#include <string.h>

static const Type *fixed_by_index(Checker *ch, int i) {
    return i < TYPES_NFIXED ? ch->tt->fixed[i] : i == TYPES_NFIXED ? ch->tt->f32 : NULL;
}

const Type *sema_fixed_builtin_type(Checker *ch, BuiltinId id) {
    if (id >= BI_ADDER_U8 && id <= BI_ADDER_F32)
        return fixed_by_index(ch, (int)(id - BI_ADDER_U8));
    if (id >= BI_ADDER_REG8 && id <= BI_ADDER_REG32)
        return ch->tt->reg[id - BI_ADDER_REG8];
    return NULL;
}

const Type *sema_fixed_named_type(Checker *ch, AstExpr *ann) {
    BuiltinId id = BI_NONE;
    if (ann->kind == AST_NAME) {
        ModName *mn = sema_check_find_name(ch, ann->as.name.id.s);
        if (mn && !mn->sym)
            id = mn->builtin;
    } else if (ann->kind == AST_ATTRIBUTE && ann->as.attribute.value->kind == AST_NAME) {
        ModName *mn = sema_check_find_name(ch, ann->as.attribute.value->as.name.id.s);
        if (mn && mn->sym && mn->sym->kind == SYM_MODULE && mn->sym->ty->kind == TY_MODULE &&
            !strcmp(mn->sym->ty->name, "adder"))
            id = sema_lookup_member("adder", ann->as.attribute.attr.s);
    }
    return id == BI_NONE ? NULL : sema_fixed_builtin_type(ch, id);
}

static void range_of(const Type *ty, int64_t *lo, uint64_t *hi) {
    if (ty->is_signed) {
        *lo = ty->bits == 64 ? INT64_MIN : -((int64_t)1 << (ty->bits - 1));
        *hi = ty->bits == 64 ? (uint64_t)INT64_MAX : ((uint64_t)1 << (ty->bits - 1)) - 1;
    } else {
        *lo = 0;
        *hi = ty->bits == 64 ? UINT64_MAX : ((uint64_t)1 << ty->bits) - 1;
    }
}

static bool float_literal(const AstExpr *e) {
    if (e->kind == AST_UNARY_OP && (e->as.unary.op == UNOP_USUB || e->as.unary.op == UNOP_UADD))
        return float_literal(e->as.unary.operand);
    return e->kind == AST_CONSTANT && e->as.constant.kind == CONST_FLOAT;
}

bool sema_fixed_literal(Checker *ch, AstExpr *e, const Type *want) {
    int64_t v;
    if (!want || !e->ty)
        return false;
    if (want->kind == TY_F32)
        return (e->ty->kind == TY_FLOAT && float_literal(e)) ||
               (e->ty->kind == TY_INT && sema_check_const_int(e, &v));
    if (want->kind != TY_FIXED || e->ty->kind != TY_INT || !sema_check_const_int(e, &v))
        return false;
    int64_t lo;
    uint64_t hi;
    range_of(want, &lo, &hi);
    if (v < lo || (v >= 0 && (uint64_t)v > hi)) {
        sema_error(ch, e->span, "integer literal %lld is out of range for '%s' (%lld..%llu)", (long long)v,
                   want->name, (long long)lo, (unsigned long long)hi);
        return true; /* reported: no second message */
    }
    return true;
}

const char *sema_fixed_assign_hint(const Type *dst) {
    static const char *const hints[TYPES_NFIXED + 1] = {
        "; convert explicitly: u8(x)",  "; convert explicitly: i8(x)",  "; convert explicitly: u16(x)",
        "; convert explicitly: i16(x)", "; convert explicitly: u32(x)", "; convert explicitly: i32(x)",
        "; convert explicitly: u64(x)", "; convert explicitly: i64(x)", "; convert explicitly: f32(x)",
    };
    if (dst->kind == TY_F32)
        return hints[TYPES_NFIXED];
    unsigned i = dst->bits == 8 ? 0 : dst->bits == 16 ? 2 : dst->bits == 32 ? 4 : 6;
    return hints[i + (dst->is_signed ? 1 : 0)];
}

static bool is_fix(const Type *ty) { return ty->kind == TY_FIXED || ty->kind == TY_F32; }

bool sema_fixed_involved(const Type *lt, const Type *rt) { return is_fix(lt) || is_fix(rt); }

/* The common type of two operands, one of them fixed or f32, or NULL
 * after a diagnostic. */
static const Type *common(Checker *ch, Span span, const char *what, AstExpr *l, const Type *lt, AstExpr *r,
                          const Type *rt) {
    if (lt == rt)
        return lt;
    if (is_fix(lt) && sema_fixed_literal(ch, r, lt))
        return lt;
    if (is_fix(rt) && sema_fixed_literal(ch, l, rt))
        return rt;
    const Type *fx = is_fix(lt) ? lt : rt;
    sema_error(ch, span, "%s mixes '%s' and '%s'; convert explicitly: %s(x)", what, type_name(lt), type_name(rt),
               fx->name);
    return NULL;
}

const Type *sema_fixed_binop(Checker *ch, AstExpr *e, const Type *lt, const Type *rt) {
    AstBinOp op = e->as.binop.op;
    char what[64];
    snprintf(what, sizeof what, "'%s'", ast_binop_text(op));
    const Type *ty = common(ch, e->span, what, e->as.binop.left, lt, e->as.binop.right, rt);
    if (!ty)
        return ch->tt->error;
    if (ty->kind == TY_F32) {
        if (op == BINOP_ADD || op == BINOP_SUB || op == BINOP_MULT || op == BINOP_DIV)
            return ty;
    } else if (op == BINOP_DIV) {
        return ch->tt->float_;
    } else if (op != BINOP_MAT_MULT) {
        return ty;
    }
    sema_error(ch, e->span, "unsupported operand type(s) for %s: '%s' and '%s'", ast_binop_text(op),
               type_name(lt), type_name(rt));
    return ch->tt->error;
}

bool sema_fixed_compare(Checker *ch, AstExpr *e, AstExpr *l, const Type *lt, AstExpr *r, const Type *rt) {
    return common(ch, e->span, "comparison", l, lt, r, rt) != NULL;
}

/* ---- calls: u8(x), f32(x), Reg32(addr), register methods ---- */

static const Type *nargs_error(Checker *ch, AstExpr *e, const char *recv, const char *name, uint32_t n) {
    sema_error(ch, e->span, "'%s%s%s' takes %u argument%s, got %u", recv ? recv : "", recv ? "." : "", name, n,
               n == 1 ? "" : "s", e->as.call.args.n);
    return ch->tt->error;
}

static const Type *reg_method(Checker *ch, AstExpr *e, BuiltinId id, const Type *recv, AstExpr **args,
                              uint32_t n) {
    const char *name = sema_builtin_name(id);
    const Type *vt = types_fixed(ch->tt, recv->bits, false);
    if (id == BI_REG_READ)
        return n == 0 ? vt : nargs_error(ch, e, recv->name, name, 0);
    if (n != 1)
        return nargs_error(ch, e, recv->name, name, 1);
    const Type *at = sema_check_expr(ch, args[0], vt);
    if (at == vt || at->kind == TY_ERROR || sema_fixed_literal(ch, args[0], vt))
        return ch->tt->none;
    sema_error(ch, args[0]->span, "argument of '%s.%s' has type '%s', expected '%s'; convert explicitly: %s(x)",
               recv->name, name, type_name(at), vt->name, vt->name);
    return ch->tt->error;
}

const Type *sema_fixed_call(Checker *ch, AstExpr *e, BuiltinId id, const Type *recv, AstExpr **args,
                            uint32_t n) {
    if (recv)
        return reg_method(ch, e, id, recv, args, n);
    if (id == BI_ADDER_EXTERN) {
        sema_error(ch, e->span, "'extern' is only allowed as a decorator of a module-level function");
        return ch->tt->error;
    }
    const Type *ty = sema_fixed_builtin_type(ch, id);
    const char *name = sema_builtin_name(id);
    if (ty->kind == TY_REG) {
        if (n != 1)
            return nargs_error(ch, e, NULL, name, 1);
        const Type *at = sema_check_expr(ch, args[0], NULL);
        if (at->kind != TY_INT && at->kind != TY_ERROR) {
            sema_error(ch, args[0]->span, "the address of '%s' must be an 'int', not '%s'", name, type_name(at));
            return ch->tt->error;
        }
        return ty;
    }
    if (n > 1)
        return nargs_error(ch, e, NULL, name, 1);
    if (n == 1) {
        const Type *at = sema_check_expr(ch, args[0], NULL);
        if (at->kind != TY_ERROR && !type_is_scalar_num(at)) {
            sema_error(ch, args[0]->span, "cannot convert '%s' to '%s'", type_name(at), name);
            return ch->tt->error;
        }
    }
    return ty;
}

bool sema_fixed_is_builtin(BuiltinId id) {
    return (id >= BI_ADDER_U8 && id <= BI_ADDER_REG32) || (id >= BI_REG_READ && id <= BI_REG_CLEAR_BITS);
}

/* ---- @extern ---- */

static bool is_extern_name(Checker *ch, AstExpr *d) {
    if (d->kind == AST_NAME) {
        ModName *mn = sema_check_find_name(ch, d->as.name.id.s);
        return mn && !mn->sym && mn->builtin == BI_ADDER_EXTERN;
    }
    if (d->kind != AST_ATTRIBUTE || d->as.attribute.value->kind != AST_NAME ||
        strcmp(d->as.attribute.attr.s, "extern") != 0)
        return false;
    ModName *mn = sema_check_find_name(ch, d->as.attribute.value->as.name.id.s);
    return mn && mn->sym && mn->sym->kind == SYM_MODULE && mn->sym->ty && mn->sym->ty->kind == TY_MODULE &&
           !strcmp(mn->sym->ty->name, "adder");
}

bool sema_fixed_extern_decorator(Checker *ch, AstExpr *d, const char **cname) {
    *cname = NULL;
    AstExpr *f = d->kind == AST_CALL ? d->as.call.func : d;
    if (!is_extern_name(ch, f))
        return false;
    if (d->kind == AST_CALL) {
        AstExpr *a = d->as.call.args.n == 1 ? d->as.call.args.items[0] : NULL;
        if (!a || d->as.call.keywords.n || a->kind != AST_CONSTANT || a->as.constant.kind != CONST_STR) {
            sema_error(ch, d->span, "'extern' takes one string argument, the C name: @extern(\"c_name\")");
            return true;
        }
        *cname = a->as.constant.text;
    }
    return true;
}

static bool extern_scalar(const Type *ty) {
    return ty->kind == TY_ERROR || type_is_scalar_num(ty);
}

void sema_fixed_check_extern(Checker *ch, FuncInfo *fn) {
    AstArguments *a = fn->def->as.funcdef.args;
    for (uint32_t i = 0; i < fn->nparams; i++) {
        const Type *ty = fn->locals[i]->ty;
        if (!extern_scalar(ty)) {
            AstArg *arg = i < a->args.n ? a->args.items[i] : NULL;
            sema_error(ch, arg ? arg->span : fn->def->span,
                       "parameter '%s' of extern function '%s' has type '%s'; extern functions take only "
                       "int, float, bool and adder scalar types",
                       fn->locals[i]->name, fn->name, type_name(ty));
        }
    }
    AstExpr *rann = fn->def->as.funcdef.returns;
    if (fn->ret && fn->ret->kind != TY_NONE && !extern_scalar(fn->ret))
        sema_error(ch, rann ? rann->span : fn->def->span,
                   "extern function '%s' returns '%s'; extern functions return only None, int, float, bool "
                   "and adder scalar types",
                   fn->name, type_name(fn->ret));
}

/* sema/check_builtin.c: calls of builtin functions, methods of str and
 * list, and math/sys functions, with their Python signatures.
 *
 * The call gets REF_CALL_BUILTIN with the builtin's id and its arguments
 * as written (positional); print's sep/end go to SemaRef.sep/end, and the
 * `reverse=` keyword of sorted()/list.sort() is appended as a last
 * argument. Simple signatures are a table (`sigs`) of argument kinds and a
 * result kind; the others have their own function. enumerate, zip and
 * reversed are only allowed as the iterable of a for loop: their call has
 * the type list[element] although no list is ever made. isinstance is
 * folded: SemaRef.args[0] is the tested value, to evaluate for its effects
 * and discard (NULL for a name or constant), and args[1] the bool result: a
 * Constant, or `x is not None` for a `C | None` value tested against C. */
#include "sema/check.h"

#include <stdio.h>
#include <string.h>

typedef struct Sig {
    BuiltinId id;
    uint8_t min, max;
    const char *args; /* i int, n number, s str, T element of the receiver list,
                         L the receiver's list type, S list[str] */
    char result;      /* N None, i, f float, b bool, s, T, L, S as above */
} Sig;

static const Sig sigs[] = {
    {BI_LIST_APPEND, 1, 1, "T", 'N'},
    {BI_LIST_POP, 0, 1, "i", 'T'},
    {BI_LIST_INSERT, 2, 2, "iT", 'N'},
    {BI_LIST_INDEX, 1, 1, "T", 'i'},
    {BI_LIST_COUNT, 1, 1, "T", 'i'},
    {BI_LIST_REVERSE, 0, 0, "", 'N'},
    {BI_LIST_CLEAR, 0, 0, "", 'N'},
    {BI_LIST_EXTEND, 1, 1, "L", 'N'},
    {BI_LIST_COPY, 0, 0, "", 'L'},
    {BI_STR_JOIN, 1, 1, "S", 's'},
    {BI_STR_SPLIT, 0, 2, "si", 'S'},
    {BI_STR_STRIP, 0, 1, "s", 's'},
    {BI_STR_LSTRIP, 0, 1, "s", 's'},
    {BI_STR_RSTRIP, 0, 1, "s", 's'},
    {BI_STR_UPPER, 0, 0, "", 's'},
    {BI_STR_LOWER, 0, 0, "", 's'},
    {BI_STR_STARTSWITH, 1, 1, "s", 'b'},
    {BI_STR_ENDSWITH, 1, 1, "s", 'b'},
    {BI_STR_FIND, 1, 3, "sii", 'i'},
    {BI_STR_REPLACE, 2, 3, "ssi", 's'},
    {BI_STR_COUNT, 1, 1, "s", 'i'},
    {BI_STR_ISDIGIT, 0, 0, "", 'b'},
    {BI_MATH_SQRT, 1, 1, "n", 'f'},
    {BI_MATH_FABS, 1, 1, "n", 'f'},
    {BI_MATH_SIN, 1, 1, "n", 'f'},
    {BI_MATH_COS, 1, 1, "n", 'f'},
    {BI_MATH_TAN, 1, 1, "n", 'f'},
    {BI_MATH_EXP, 1, 1, "n", 'f'},
    {BI_MATH_LOG, 1, 2, "nn", 'f'},
    {BI_MATH_ATAN2, 2, 2, "nn", 'f'},
    {BI_MATH_FLOOR, 1, 1, "n", 'i'},
    {BI_MATH_CEIL, 1, 1, "n", 'i'},
    {BI_MATH_ISNAN, 1, 1, "n", 'b'},
    {BI_MATH_ISINF, 1, 1, "n", 'b'},
    {BI_ORD, 1, 1, "s", 'i'},
    {BI_CHR, 1, 1, "i", 's'},
    {BI_HEX, 1, 1, "i", 's'},
    {BI_OCT, 1, 1, "i", 's'},
    {BI_BIN, 1, 1, "i", 's'},
};

typedef struct Call {
    Checker *ch;
    AstExpr *e;
    BuiltinId id;
    const Type *recv; /* receiver type for methods */
    char what[64];    /* "len", "list.append", "math.sqrt" */
    AstExpr **args;
    uint32_t nargs;
} Call;

static const Type *fail(Call *c) {
    for (uint32_t i = 0; i < c->nargs; i++)
        if (!c->args[i]->ty)
            sema_check_expr(c->ch, c->args[i], NULL);
    return c->ch->tt->error;
}

static bool count_ok(Call *c, uint32_t lo, uint32_t hi) {
    if (c->nargs >= lo && c->nargs <= hi)
        return true;
    if (lo == hi)
        sema_error(c->ch, c->e->span, "'%s' takes %u argument%s, got %u", c->what, lo, lo == 1 ? "" : "s",
                   c->nargs);
    else
        sema_error(c->ch, c->e->span, "'%s' takes %u to %u arguments, got %u", c->what, lo, hi, c->nargs);
    return false;
}

static const Type *arg_type(Call *c, uint32_t i, const Type *expect) {
    return c->args[i]->ty ? c->args[i]->ty : sema_check_expr(c->ch, c->args[i], expect);
}

static bool bad_arg(Call *c, uint32_t i, const Type *ty, const char *want) {
    if (ty->kind != TY_ERROR)
        sema_error(c->ch, c->args[i]->span, "argument %u of '%s' has type '%s', expected %s", i + 1, c->what,
                   type_name(ty), want);
    return false;
}

static bool is_intlike(const Type *ty) { return ty->kind == TY_INT || ty->kind == TY_BOOL; }

static bool orderable(const Type *ty) { return sema_check_orderable(ty); }

static bool arg_kind(Call *c, uint32_t i, char kind) {
    TypeTable *tt = c->ch->tt;
    char buf[96];
    switch (kind) {
    case 'i': {
        const Type *ty = arg_type(c, i, NULL);
        return is_intlike(ty) || ty->kind == TY_ERROR || bad_arg(c, i, ty, "'int'");
    }
    case 'n': {
        const Type *ty = arg_type(c, i, NULL);
        return type_is_numeric(ty) || ty->kind == TY_ERROR || bad_arg(c, i, ty, "a number");
    }
    default: {
        const Type *dst = kind == 's'   ? tt->str
                          : kind == 'S' ? types_list(tt, tt->str)
                          : kind == 'T' ? c->recv->elem
                                        : c->recv;
        snprintf(buf, sizeof buf, "argument %u of '%s'", i + 1, c->what);
        return sema_check_value(c->ch, c->args[i], dst, buf);
    }
    }
    ADDER_UNREACHABLE();
}

static const Type *result_type(Call *c, char kind) {
    TypeTable *tt = c->ch->tt;
    switch (kind) {
    case 'N': return tt->none;
    case 'i': return tt->int_;
    case 'f': return tt->float_;
    case 'b': return tt->bool_;
    case 's': return tt->str;
    case 'T': return c->recv->elem;
    case 'L': return c->recv;
    case 'S': return types_list(tt, tt->str);
    }
    ADDER_UNREACHABLE();
}

static const Type *by_sig(Call *c, const Sig *sig) {
    if (!count_ok(c, sig->min, sig->max))
        return fail(c);
    bool ok = true;
    for (uint32_t i = 0; i < c->nargs; i++)
        ok = arg_kind(c, i, sig->args[i]) && ok;
    return ok ? result_type(c, sig->result) : c->ch->tt->error;
}

/* ---- print and keywords ---- */

static bool keyword_value(Call *c, AstKeyword *kw, const Type *ty, AstExpr **out) {
    AstExpr *v = kw->value;
    if (ty->kind == TY_STR && v->kind == AST_CONSTANT && v->as.constant.kind == CONST_NONE) {
        v->ty = c->ch->tt->none;
        return true;
    }
    char buf[96];
    snprintf(buf, sizeof buf, "argument '%s' of '%s'", kw->arg.s, c->what);
    *out = v;
    return sema_check_value(c->ch, v, ty, buf);
}

static bool keywords(Call *c, SemaRef *ref) {
    AstKeywordList kws = c->e->as.call.keywords;
    bool ok = true;
    for (uint32_t i = 0; i < kws.n; i++) {
        AstKeyword *kw = kws.items[i];
        const char *k = kw->arg.s;
        if (c->id == BI_PRINT && k && (!strcmp(k, "sep") || !strcmp(k, "end"))) {
            ok = keyword_value(c, kw, c->ch->tt->str, !strcmp(k, "sep") ? &ref->sep : &ref->end) && ok;
        } else if ((c->id == BI_SORTED || c->id == BI_LIST_SORT) && k && !strcmp(k, "reverse")) {
            AstExpr *v = NULL;
            ok = keyword_value(c, kw, c->ch->tt->bool_, &v) && ok;
            AstExpr **args = arena_array(c->ch->arena, AstExpr *, c->nargs + 1);
            if (c->nargs)
                memcpy(args, c->args, sizeof(AstExpr *) * c->nargs);
            args[c->nargs] = v;
            ref->args = args;
            ref->nargs = c->nargs + 1;
        } else {
            sema_error(c->ch, kw->span, "keyword argument '%s' of '%s' is not supported by Adder yet",
                       k ? k : "**", c->what);
            ok = false;
        }
    }
    return ok;
}

static const Type *print_call(Call *c) {
    bool ok = true;
    for (uint32_t i = 0; i < c->nargs; i++) {
        const Type *ty = arg_type(c, i, NULL);
        if (!sema_check_printable(ty)) {
            sema_error(c->ch, c->args[i]->span, "printing a value of type '%s' is not supported by Adder",
                       type_name(ty));
            ok = false;
        }
    }
    return ok ? c->ch->tt->none : c->ch->tt->error;
}

/* ---- builtin functions ---- */

static const Type *one_of(Call *c, uint32_t i, bool (*pred)(const Type *), const char *want) {
    const Type *ty = arg_type(c, i, NULL);
    if (ty->kind == TY_ERROR)
        return ty;
    if (!pred(ty)) {
        bad_arg(c, i, ty, want);
        return c->ch->tt->error;
    }
    return ty;
}

static bool is_sized(const Type *ty) {
    return ty->kind == TY_STR || ty->kind == TY_LIST || ty->kind == TY_BYTEARRAY || ty->kind == TY_TUPLE;
}
static bool is_numeric(const Type *ty) { return type_is_scalar_num(ty); }
static bool is_iterable(const Type *ty) {
    return ty->kind == TY_STR || ty->kind == TY_LIST || ty->kind == TY_BYTEARRAY || ty->kind == TY_RANGE;
}
static bool is_seq(const Type *ty) {
    return ty->kind == TY_STR || ty->kind == TY_LIST || ty->kind == TY_RANGE;
}
static bool is_conv_int(const Type *ty) { return type_is_scalar_num(ty) || ty->kind == TY_STR; }
static bool is_printable(const Type *ty) { return sema_check_printable(ty); }
static bool is_truthy(const Type *ty) {
    return ty->kind != TY_FUNC && ty->kind != TY_MODULE && ty->kind != TY_RANGE;
}
static bool is_bytes_init(const Type *ty) {
    return is_intlike(ty) || (ty->kind == TY_LIST && is_intlike(ty->elem));
}

static const Type *elem_of(Call *c, const Type *ty) { return sema_check_elem_type(c->ch, ty); }

static const Type *min_max(Call *c) {
    TypeTable *tt = c->ch->tt;
    if (!c->nargs)
        return count_ok(c, 1, 1) ? tt->error : fail(c);
    if (c->nargs == 1) {
        const Type *ty = arg_type(c, 0, NULL);
        if (ty->kind == TY_ERROR)
            return ty;
        if (ty->kind != TY_LIST || !orderable(ty->elem)) {
            bad_arg(c, 0, ty, "a list of numbers or strings");
            return tt->error;
        }
        return ty->elem;
    }
    const Type *first = arg_type(c, 0, NULL);
    bool ok = first->kind != TY_ERROR;
    if (ok && !orderable(first))
        ok = bad_arg(c, 0, first, "a number or a string");
    for (uint32_t i = 1; i < c->nargs; i++) {
        const Type *ty = arg_type(c, i, NULL);
        /* No promotion: CPython returns one of the arguments unchanged, so
         * max(3, 2.5) is the int 3 and max(True, 0) the bool True. */
        if (ok && ty != first && ty->kind != TY_ERROR) {
            sema_error(c->ch, c->args[i]->span,
                       "the arguments of '%s' must have the same type in Adder; found '%s' and '%s'", c->what,
                       type_name(first), type_name(ty));
            ok = false;
        }
        ok = ok && ty->kind != TY_ERROR;
    }
    return ok ? first : tt->error;
}

static const Type *sum_call(Call *c) {
    TypeTable *tt = c->ch->tt;
    if (!count_ok(c, 1, 2))
        return fail(c);
    const Type *ty = arg_type(c, 0, NULL);
    if (ty->kind == TY_ERROR)
        return ty;
    if (ty->kind != TY_LIST || !type_is_numeric(ty->elem)) {
        bad_arg(c, 0, ty, "a list of numbers");
        return tt->error;
    }
    const Type *st = tt->int_; /* CPython's default start, the int 0 */
    if (c->nargs == 2) {
        st = one_of(c, 1, is_numeric, "a number");
        if (st->kind == TY_ERROR)
            return st;
    }
    bool nonempty = c->args[0]->kind == AST_LIST && c->args[0]->as.seq.elts.n > 0;
    if (ty->elem->kind == TY_FLOAT && st->kind != TY_FLOAT && !nonempty) {
        /* The sum of an empty list is the start value: an int here, a
         * float otherwise, which no static type can say. */
        sema_error(c->ch, c->e->span,
                   "the sum of a 'list[float]' is an int when the list is empty; write 'sum(..., 0.0)'");
        return tt->error;
    }
    return st->kind == TY_FLOAT || ty->elem->kind == TY_FLOAT ? tt->float_ : tt->int_;
}

static const Type *iter_call(Call *c, bool in_for) {
    TypeTable *tt = c->ch->tt;
    if (!in_for) {
        sema_error(c->ch, c->e->span,
                   "'%s' is only supported as the iterable of a 'for' loop or comprehension in Adder",
                   c->what);
        return fail(c);
    }
    /* enumerate(zip(a, b)): the inner call is iterated by the outer one */
    for (uint32_t i = 0; i < c->nargs; i++)
        if (c->args[i]->kind == AST_CALL)
            sema_check_call(c->ch, c->args[i], NULL, true);
    if (c->id == BI_REVERSED) {
        if (!count_ok(c, 1, 1))
            return fail(c);
        const Type *ty = one_of(c, 0, is_seq, "a list, str or range");
        return ty->kind == TY_ERROR ? ty : types_list(tt, elem_of(c, ty));
    }
    if (c->id == BI_ENUMERATE) {
        if (!count_ok(c, 1, 2))
            return fail(c);
        const Type *ty = one_of(c, 0, is_iterable, "a list, str, bytearray or range");
        if (c->nargs == 2 && !arg_kind(c, 1, 'i'))
            return tt->error;
        if (ty->kind == TY_ERROR)
            return ty;
        const Type *pair[2] = {tt->int_, elem_of(c, ty)};
        return types_list(tt, types_tuple(tt, pair, 2));
    }
    if (!count_ok(c, 1, 8))
        return fail(c);
    const Type **elems = arena_array(c->ch->arena, const Type *, c->nargs);
    bool ok = true;
    for (uint32_t i = 0; i < c->nargs; i++) {
        const Type *ty = one_of(c, i, is_iterable, "a list, str, bytearray or range");
        ok = ok && ty->kind != TY_ERROR;
        elems[i] = ty->kind == TY_ERROR ? ty : elem_of(c, ty);
    }
    return ok ? types_list(tt, types_tuple(tt, elems, c->nargs)) : tt->error;
}

static const Type *sorted_call(Call *c) {
    if (!count_ok(c, 1, 1))
        return fail(c);
    const Type *ty = arg_type(c, 0, NULL);
    if (ty->kind == TY_ERROR)
        return ty;
    if (ty->kind == TY_STR)
        return types_list(c->ch->tt, ty);
    if (ty->kind != TY_LIST || !orderable(ty->elem)) {
        bad_arg(c, 0, ty, "a list of numbers or strings");
        return c->ch->tt->error;
    }
    return ty;
}

static const Type *list_call(Call *c, const Type *expect) {
    TypeTable *tt = c->ch->tt;
    if (!count_ok(c, 0, 1))
        return fail(c);
    if (!c->nargs) {
        if (expect && expect->kind == TY_LIST)
            return expect;
        sema_error(
            c->ch, c->e->span,
            "cannot infer the element type of an empty list; annotate it, e.g. 'xs: list[int] = list()'");
        return tt->error;
    }
    if (c->args[0]->kind == AST_CALL) /* list(reversed(xs)), list(zip(a, b)) */
        sema_check_call(c->ch, c->args[0], NULL, true);
    const Type *ty = one_of(c, 0, is_iterable, "a list, str, bytearray or range");
    return ty->kind == TY_ERROR ? ty : types_list(tt, elem_of(c, ty));
}

static const Type *conv_call(Call *c) {
    TypeTable *tt = c->ch->tt;
    const Type *res = c->id == BI_INT     ? tt->int_
                      : c->id == BI_FLOAT ? tt->float_
                      : c->id == BI_BOOL  ? tt->bool_
                                          : tt->str;
    uint32_t hi = c->id == BI_INT ? 2 : 1;
    if (!count_ok(c, c->id == BI_REPR ? 1 : 0, hi))
        return fail(c);
    if (!c->nargs)
        return res;
    const Type *ty;
    switch (c->id) {
    case BI_INT:
    case BI_FLOAT: ty = one_of(c, 0, is_conv_int, "'str', 'int', 'float' or 'bool'"); break;
    case BI_BOOL: ty = one_of(c, 0, is_truthy, "a value"); break;
    default: ty = one_of(c, 0, is_printable, "a printable value"); break;
    }
    if (c->nargs == 2) {
        if (ty->kind != TY_ERROR && ty->kind != TY_STR)
            bad_arg(c, 0, ty, "'str' (with a base)");
        if (!arg_kind(c, 1, 'i'))
            return tt->error;
    }
    return ty->kind == TY_ERROR ? ty : res;
}

static const Type *round_call(Call *c) {
    TypeTable *tt = c->ch->tt;
    if (!count_ok(c, 1, 2))
        return fail(c);
    const Type *ty = one_of(c, 0, is_numeric, "a number");
    if (c->nargs == 2 && !arg_kind(c, 1, 'i'))
        return tt->error;
    if (ty->kind == TY_ERROR)
        return ty;
    return c->nargs == 2 && ty->kind == TY_FLOAT ? tt->float_ : tt->int_;
}

static const Type *num2_call(Call *c) {
    TypeTable *tt = c->ch->tt;
    if (!count_ok(c, 2, c->id == BI_POW ? 3 : 2))
        return fail(c);
    const Type *a = one_of(c, 0, is_numeric, "a number"), *b = one_of(c, 1, is_numeric, "a number");
    if (c->nargs == 3) {
        bool ok = arg_kind(c, 2, 'i');
        if (a->kind == TY_FLOAT || b->kind == TY_FLOAT) {
            sema_error(c->ch, c->e->span, "3-argument pow() needs 'int' arguments");
            return tt->error;
        }
        return ok && a->kind != TY_ERROR && b->kind != TY_ERROR ? tt->int_ : tt->error;
    }
    if (a->kind == TY_ERROR || b->kind == TY_ERROR)
        return tt->error;
    bool flt = a->kind == TY_FLOAT || b->kind == TY_FLOAT;
    if (c->id == BI_DIVMOD) {
        const Type *pair[2] = {flt ? tt->float_ : tt->int_, flt ? tt->float_ : tt->int_};
        return types_tuple(tt, pair, 2);
    }
    AstExpr *ex = c->args[1];
    bool neg = sema_check_neg_exponent(ex);
    return flt || neg ? tt->float_ : tt->int_;
}

/* ---- isinstance ---- */

/* 1 if x of type ty is always an instance of the class named by t, 0 if
 * never, -1 if t is not a supported class; *maybe: ty is `t | None`. */
static int instance_of(Checker *ch, const Type *ty, AstExpr *t, bool *maybe) {
    if (t->kind != AST_NAME)
        return -1;
    const char *n = t->as.name.id.s;
    const Type *want = !strcmp(n, "int")                           ? ch->tt->int_
                       : !strcmp(n, "float")                       ? ch->tt->float_
                       : !strcmp(n, "str")                         ? ch->tt->str
                       : !strcmp(n, "bool")                        ? ch->tt->bool_
                       : !strcmp(n, "list") || !strcmp(n, "tuple") ? NULL
                                                                   : NULL;
    if (!want) {
        ModName *mn = sema_check_find_name(ch, n);
        if (!mn || !mn->sym || mn->sym->kind != SYM_CLASS)
            return -1;
        want = mn->sym->ty;
    }
    t->ty = want;
    if (ty->kind == TY_OPTIONAL && ty->elem == want) {
        *maybe = true;
        return 1;
    }
    /* bool is a subclass of int */
    return ty == want || (want->kind == TY_INT && ty->kind == TY_BOOL);
}

static AstExpr *bool_const(Checker *ch, Span span, bool value) {
    AstExpr *e = arena_new(ch->arena, AstExpr);
    e->kind = AST_CONSTANT;
    e->span = span;
    e->as.constant.kind = CONST_BOOL;
    e->as.constant.b = value;
    e->ty = ch->tt->bool_;
    return e;
}

/* `x is not None`, sharing the node x. */
static AstExpr *not_none(Checker *ch, AstExpr *x, Span span) {
    AstExpr *none = arena_new(ch->arena, AstExpr);
    none->kind = AST_CONSTANT;
    none->span = x->span;
    none->as.constant.kind = CONST_NONE;
    none->ty = ch->tt->none;
    AstExpr *e = arena_new(ch->arena, AstExpr);
    e->kind = AST_COMPARE;
    e->span = span;
    e->as.compare.left = x;
    e->as.compare.ops = arena_array(ch->arena, AstCmpOp, 1);
    e->as.compare.ops[0] = CMPOP_IS_NOT;
    e->as.compare.comparators.items = arena_array(ch->arena, AstExpr *, 1);
    e->as.compare.comparators.items[0] = none;
    e->as.compare.comparators.n = 1;
    e->ty = ch->tt->bool_;
    return e;
}

static const Type *isinstance_call(Call *c) {
    Checker *ch = c->ch;
    if (!count_ok(c, 2, 2))
        return fail(c);
    AstExpr *x = c->args[0], *t = c->args[1];
    const Type *ty = arg_type(c, 0, NULL);
    if (ty->kind == TY_ERROR)
        return ty;
    AstExpr **alts = t->kind == AST_TUPLE ? t->as.seq.elts.items : &c->args[1];
    uint32_t n = t->kind == AST_TUPLE ? t->as.seq.elts.n : 1;
    bool any = false, maybe = false;
    for (uint32_t i = 0; i < n; i++) {
        int r = instance_of(ch, ty, alts[i], &maybe);
        if (r < 0) {
            sema_error(ch, alts[i]->span,
                       "isinstance() needs int, float, str, bool or a class name in Adder");
            return ch->tt->error;
        }
        any = any || r;
    }
    /* args[0] is evaluated for its effects only (NULL: nothing to
     * evaluate), args[1] is the result */
    AstExpr **args = arena_array(ch->arena, AstExpr *, 2);
    bool simple = x->kind == AST_NAME || x->kind == AST_CONSTANT;
    if (maybe && !simple) {
        sema_error(ch, x->span,
                   "isinstance() of a computed 'T | None' value is not supported by Adder; use a variable");
        return ch->tt->error;
    }
    args[0] = simple ? NULL : x;
    args[1] = maybe ? not_none(ch, x, c->e->span) : bool_const(ch, c->e->span, any);
    c->e->ref->args = args;
    c->e->ref->nargs = 2;
    return ch->tt->bool_;
}

static const Type *function_call(Call *c, const Type *expect, bool in_for) {
    TypeTable *tt = c->ch->tt;
    switch (c->id) {
    case BI_PRINT: return print_call(c);
    case BI_LEN:
        if (!count_ok(c, 1, 1))
            return fail(c);
        return one_of(c, 0, is_sized, "a str, list, bytearray or tuple")->kind == TY_ERROR ? tt->error
                                                                                           : tt->int_;
    case BI_RANGE: {
        if (!count_ok(c, 1, 3))
            return fail(c);
        bool ok = true;
        for (uint32_t i = 0; i < c->nargs; i++)
            ok = arg_kind(c, i, 'i') && ok;
        return ok ? tt->range : tt->error;
    }
    case BI_ABS: {
        if (!count_ok(c, 1, 1))
            return fail(c);
        const Type *ty = one_of(c, 0, is_numeric, "a number");
        return ty->kind == TY_BOOL ? tt->int_ : ty;
    }
    case BI_MIN:
    case BI_MAX: return min_max(c);
    case BI_SUM: return sum_call(c);
    case BI_ENUMERATE:
    case BI_ZIP:
    case BI_REVERSED: return iter_call(c, in_for);
    case BI_SORTED: return sorted_call(c);
    case BI_INT:
    case BI_FLOAT:
    case BI_STR:
    case BI_REPR:
    case BI_BOOL: return conv_call(c);
    case BI_ROUND: return round_call(c);
    case BI_DIVMOD:
    case BI_POW: return num2_call(c);
    case BI_ISINSTANCE: return isinstance_call(c);
    case BI_BYTEARRAY:
        if (!count_ok(c, 0, 1))
            return fail(c);
        if (c->nargs && one_of(c, 0, is_bytes_init, "'int' or 'list[int]'")->kind == TY_ERROR)
            return tt->error;
        return tt->bytearray;
    case BI_LIST: return list_call(c, expect);
    case BI_SYS_EXIT: {
        if (!count_ok(c, 0, 1))
            return fail(c);
        const Type *ty = c->nargs ? arg_type(c, 0, NULL) : tt->none;
        if (!is_intlike(ty) && ty->kind != TY_STR && ty->kind != TY_NONE && ty->kind != TY_ERROR)
            bad_arg(c, 0, ty, "'int', 'str' or None");
        return tt->none;
    }
    case BI_LIST_SORT: {
        if (!count_ok(c, 0, 0))
            return fail(c);
        if (!orderable(c->recv->elem)) {
            sema_error(c->ch, c->e->span, "sorting a '%s' is not supported by Adder", type_name(c->recv));
            return tt->error;
        }
        return tt->none;
    }
    default:
        if (sema_fixed_is_builtin(c->id)) /* adder module */
            return sema_fixed_call(c->ch, c->e, c->id, c->recv, c->args, c->nargs);
        break;
    }
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (sigs[i].id == c->id)
            return by_sig(c, &sigs[i]);
    sema_error(c->ch, c->e->span, "'%s' is not supported by Adder yet", c->what);
    return fail(c);
}

static void call_name(Call *c, AstExpr *recv) {
    const char *name = sema_builtin_name(c->id);
    AstExpr *func = c->e->as.call.func;
    if (recv)
        snprintf(c->what, sizeof c->what, "%s.%s",
                 c->recv->kind == TY_LIST ? "list" : c->recv->kind == TY_REG ? c->recv->name : "str", name);
    else if (func->kind == AST_ATTRIBUTE && func->as.attribute.value->kind == AST_NAME)
        snprintf(c->what, sizeof c->what, "%s.%s", func->as.attribute.value->as.name.id.s, name);
    else
        snprintf(c->what, sizeof c->what, "%s", name);
}

const Type *sema_check_builtin_call(Checker *ch, AstExpr *e, BuiltinId id, AstExpr *recv, const Type *expect,
                                    bool in_for) {
    Call c = {.ch = ch, .e = e, .id = id, .recv = recv ? recv->ty : NULL};
    c.args = e->as.call.args.items;
    c.nargs = e->as.call.args.n;
    call_name(&c, recv);
    SemaRef *ref = sema_new_ref(ch, REF_CALL_BUILTIN);
    ref->builtin = id;
    ref->args = c.args;
    ref->nargs = c.nargs;
    e->ref = ref;
    for (uint32_t i = 0; i < c.nargs; i++)
        if (c.args[i]->kind == AST_STARRED) {
            sema_unsupported(ch, c.args[i]->span, "'*' arguments");
            return fail(&c);
        }
    if (!keywords(&c, ref))
        return fail(&c);
    const Type *ty = function_call(&c, expect, in_for);
    if (e->kind == AST_CALL && e->as.call.func->ty == NULL)
        e->as.call.func->ty = ty;
    return ty;
}

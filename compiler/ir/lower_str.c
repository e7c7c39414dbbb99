/* ir/lower_str.c: turning values into text — str() and repr() of every
 * printable type, print(), and f-strings.
 *
 * print(a, b, sep=s, end=t) evaluates every argument (and sep/end) first,
 * as CPython does before writing anything, then emits one CALL_RT per
 * piece: adder_print_int/float/bool/str/none for scalars and strings,
 * adder_print_str of str(x) for the rest, adder_print_sep between pieces
 * and adder_print_end after them (NULL sep/end = the default).
 * f-strings are built by concatenation: each literal part is a string
 * constant, each replacement field becomes a str (str(x), repr(x) for !r
 * and !a, or adder_format_<type>_str(x, spec) when it has a format spec,
 * the spec itself being an f-string), and the parts are joined left to
 * right with adder_str_concat. */
#include "ir/lower_rt.h"

static const Type *ty_of(Lower *L, IrRef r) {
    return r == IR_NONE ? L->tt->none : L->fn->vals[r].ty;
}

static IrRef const_str(Lower *L, const char *s, uint32_t n) {
    IrRef r = lower_temp(L, L->tt->str);
    lower_ins0(L, IR_CONST_STR, r)->imm = ir_string_intern(L->m, s, n);
    return r;
}

/* a + b for owned strs (consumes both). */
static IrRef concat(Lower *L, IrRef a, IrRef b) {
    IrRef args[2] = {a, b};
    IrRef r = lower_call_rt(L, "adder_str_concat", IR_ERR_NULL, L->tt->str, 2, args);
    lower_release(L, a);
    lower_release(L, b);
    return r;
}

/* acc += piece for an accumulator slot (consumes piece). */
static void concat_into(Lower *L, IrRef acc, IrRef piece) {
    IrRef args[2] = {acc, piece};
    IrRef r = lower_call_rt(L, "adder_str_concat", IR_ERR_NULL, L->tt->str, 2, args);
    lower_release(L, piece);
    lower_move_into(L, acc, r);
}

static bool has_rt_repr(const Type *elem) {
    switch (elem->kind) {
    case TY_INT: case TY_FLOAT: case TY_BOOL: case TY_STR: return true;
    default: return false;
    }
}

/* repr of a list whose elements the runtime cannot print (lists, tuples,
 * optionals): a loop in IR, "[" + repr(e0) + ", " + ... + "]". */
static IrRef list_str_loop(Lower *L, IrRef l) {
    const Type *et = ty_of(L, l)->elem;
    IrRef acc = lower_temp(L, L->tt->str);
    lower_move_into(L, acc, const_str(L, "[", 1));
    IrRef i = lower_const_int(L, 0);
    IrBlock *head = lower_block(L), *body = lower_block(L), *sep = lower_block(L);
    IrBlock *elem = lower_block(L), *done = lower_block(L);
    lower_jump(L, head);
    lower_start(L, head);
    IrRef n = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_LIST_LEN, n, l);
    IrRef more = lower_temp(L, L->tt->bool_);
    lower_ins2(L, IR_CMP, more, i, n)->imm = CMPOP_LT;
    lower_branch(L, more, body, done);
    lower_start(L, body);
    IrRef notfirst = lower_temp(L, L->tt->bool_);
    lower_ins2(L, IR_CMP, notfirst, i, lower_const_int(L, 0))->imm = CMPOP_GT;
    lower_branch(L, notfirst, sep, elem);
    lower_start(L, sep);
    concat_into(L, acc, const_str(L, ", ", 2));
    lower_jump(L, elem);
    lower_start(L, elem);
    IrRef el = lower_temp(L, et);
    lower_ins2(L, IR_LIST_GET, el, l, i);
    concat_into(L, acc, lower_to_str(L, lower_take(L, el), true));
    lower_ins2(L, IR_ADD_I, i, i, lower_const_int(L, 1));
    lower_jump(L, head);
    lower_start(L, done);
    concat_into(L, acc, const_str(L, "]", 1));
    lower_release(L, l);
    return acc;
}

/* repr of a tuple: "(a, b)", "(a,)". */
static IrRef tuple_str(Lower *L, IrRef v) {
    const Type *ty = ty_of(L, v);
    IrRef acc = const_str(L, "(", 1);
    for (uint32_t i = 0; i < ty->nelems; i++) {
        if (i)
            acc = concat(L, acc, const_str(L, ", ", 2));
        IrRef el = lower_take(L, lower_tuple_get(L, v, i));
        acc = concat(L, acc, lower_to_str(L, el, true));
    }
    acc = concat(L, acc, const_str(L, ty->nelems == 1 ? ",)" : ")", ty->nelems == 1 ? 2 : 1));
    lower_release(L, v);
    return acc;
}

/* str(x) of an optional: "None" or str of the value. */
static IrRef optional_str(Lower *L, IrRef v, bool repr) {
    const Type *ty = ty_of(L, v);
    IrRef res = lower_temp(L, L->tt->str);
    IrRef isnone = lower_temp(L, L->tt->bool_);
    lower_ins1(L, IR_IS_NONE, isnone, v);
    IrBlock *none = lower_block(L), *some = lower_block(L), *join = lower_block(L);
    lower_branch(L, isnone, none, some);
    lower_start(L, none);
    lower_move_into(L, res, const_str(L, "None", 4));
    lower_jump(L, join);
    lower_start(L, some);
    IrRef inner = lower_temp(L, ty->elem);
    lower_ins1(L, IR_MOV, inner, v);
    lower_ins1(L, IR_INCREF, IR_NONE, inner);
    lower_move_into(L, res, lower_to_str(L, inner, repr));
    lower_jump(L, join);
    lower_start(L, join);
    lower_release(L, v);
    return res;
}

IrRef lower_to_str(Lower *L, IrRef v, bool repr) {
    const Type *ty = ty_of(L, v);
    const char *rt = NULL;
    switch (ty->kind) {
    case TY_FIXED: /* adder module */
    case TY_F32: {
        IrRef p = lower_fixed_printable(L, v);
        return ty_of(L, p)->kind == TY_STR ? p : lower_to_str(L, p, repr);
    }
    case TY_NONE: return const_str(L, "None", 4);
    case TY_INT: rt = "adder_str_from_int"; break;
    case TY_FLOAT: rt = "adder_str_from_float"; break;
    case TY_BOOL: rt = "adder_str_from_bool"; break;
    case TY_STR:
        if (!repr)
            return v;
        rt = "adder_str_repr";
        break;
    case TY_LIST:
        if (!has_rt_repr(ty->elem))
            return list_str_loop(L, v);
        rt = lower_rt_name(L, "adder_list_repr", ty->elem);
        break;
    case TY_BYTEARRAY: rt = "adder_bytearray_repr"; break;
    case TY_TUPLE: return tuple_str(L, v);
    case TY_OPTIONAL: return optional_str(L, v, repr);
    default:
        diag_error(L->cx->diag, L->span, "cannot convert a value of this type to str");
        L->failed = true;
        lower_release(L, v);
        return const_str(L, "", 0);
    }
    IrRef r = lower_call_rt(L, rt, IR_ERR_NULL, L->tt->str, 1, &v);
    lower_release(L, v);
    return r;
}

/* ---- print ---- */

static void print_piece(Lower *L, IrRef stream, IrRef v) {
    const char *rt = NULL;
    switch (ty_of(L, v)->kind) {
    case TY_FIXED: /* adder module */
    case TY_F32: {
        IrRef p = lower_fixed_printable(L, v);
        print_piece(L, stream, p);
        if (ty_of(L, p)->kind == TY_STR)
            lower_release(L, p);
        return;
    }
    case TY_INT: rt = "adder_print_int"; break;
    case TY_FLOAT: rt = "adder_print_float"; break;
    case TY_BOOL: rt = "adder_print_bool"; break;
    case TY_STR: rt = "adder_print_str"; break;
    case TY_NONE: lower_call_rt(L, "adder_print_none", IR_ERR_NEVER, NULL, 1, &stream); return;
    default: {
        IrRef s = lower_to_str(L, v, false);
        IrRef args[2] = {stream, s};
        lower_call_rt(L, "adder_print_str", IR_ERR_NEVER, NULL, 2, args);
        lower_release(L, s);
        return;
    }
    }
    IrRef args[2] = {stream, v};
    lower_call_rt(L, rt, IR_ERR_NEVER, NULL, 2, args);
    lower_release(L, v);
}

static IrRef sep_or_default(Lower *L, AstExpr *e) {
    if (e)
        return lower_expr_as(L, e, lower_optional_str(L));
    IrRef n = lower_temp(L, lower_optional_str(L));
    lower_ins0(L, IR_CONST_NONE, n);
    return n;
}

IrRef lower_print(Lower *L, AstExpr *e) {
    SemaRef *ref = e->ref;
    uint32_t n = ref->nargs;
    IrRef *vals = arena_array(L->m->arena, IrRef, n ? n : 1);
    for (uint32_t i = 0; i < n; i++)
        vals[i] = lower_expr(L, ref->args[i]);
    IrRef sep = sep_or_default(L, ref->sep);
    IrRef end = sep_or_default(L, ref->end);
    IrRef stream = lower_const_int(L, 1);
    for (uint32_t i = 0; i < n; i++) {
        if (i) {
            IrRef args[2] = {stream, sep};
            lower_call_rt(L, "adder_print_sep", IR_ERR_NEVER, NULL, 2, args);
        }
        print_piece(L, stream, vals[i]);
    }
    IrRef args[2] = {stream, end};
    lower_call_rt(L, "adder_print_end", IR_ERR_NEVER, NULL, 2, args);
    lower_release(L, sep);
    lower_release(L, end);
    return IR_NONE;
}

/* ---- f-strings ---- */

IrRef lower_fstring(Lower *L, AstExpr *e) {
    IrRef acc = IR_NONE;
    for (uint32_t i = 0; i < e->as.joined.values.n; i++) {
        AstExpr *part = e->as.joined.values.items[i];
        IrRef p;
        if (part->kind == AST_CONSTANT)
            p = const_str(L, part->as.constant.text, part->as.constant.len);
        else
            p = lower_formatted(L, part);
        acc = acc == IR_NONE ? p : concat(L, acc, p);
    }
    return acc == IR_NONE ? const_str(L, "", 0) : acc;
}

IrRef lower_formatted(Lower *L, AstExpr *e) {
    Span saved = L->span;
    L->span = e->span;
    IrRef v = lower_expr(L, e->as.formatted.value);
    int conv = e->as.formatted.conversion;
    if (conv == 'r' || conv == 'a' || conv == 's')
        v = lower_to_str(L, v, conv != 's');
    AstExpr *fs = e->as.formatted.format_spec;
    IrRef r;
    if (!fs || (fs->kind == AST_JOINED_STR && fs->as.joined.values.n == 0)) {
        r = lower_to_str(L, v, false);
    } else {
        IrRef spec = lower_fstring(L, fs);
        const Type *ty = ty_of(L, v);
        const char *rt = "adder_format_str_str";
        if (ty->kind == TY_FIXED || ty->kind == TY_F32) { /* adder module */
            v = lower_fixed_printable(L, v);
            ty = ty_of(L, v);
        }
        if (ty->kind == TY_BOOL || ty->kind == TY_INT) {
            v = lower_coerce(L, v, L->tt->int_);
            rt = "adder_format_int_str";
        } else if (ty->kind == TY_FLOAT) {
            rt = "adder_format_float_str";
        } else if (ty->kind != TY_STR) {
            v = lower_to_str(L, v, false);
        }
        IrRef args[2] = {v, spec};
        r = lower_call_rt(L, rt, IR_ERR_NULL, L->tt->str, 2, args);
        lower_release(L, v);
        lower_release(L, spec);
    }
    L->span = saved;
    return r;
}

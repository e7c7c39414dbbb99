/* emit/emit_helpers.c: generated element callbacks for lists whose
 * elements the runtime cannot compare by itself.
 *
 * The runtime's per-kind list helpers (adder_list_<op>_<k>, builtins.h)
 * know ints, floats, bools and strs, and compare any other object by
 * identity. That is right for class instances but wrong for tuples
 * (unboxed structs) and nested lists, whose equality, order and repr
 * depend on the static element type. For those, lowering's call of
 * adder_list_<op>_obj is emitted instead as the generic runtime entry
 * (adder_list_<op>_with, or list.h's address-based functions) with
 * callbacks generated here, one set per element type:
 *   static int <mod>__eqN(const void *a, const void *b);      1, 0, -1
 *   static int <mod>__ltN(const void *a, const void *b);      1, 0, -1
 *   static adder_str_t *<mod>__reprN(const void *p);         repr(elem)
 * Scalars and strs use the runtime's adder_elem_{eq,lt,repr}_<k>. Only the
 * callbacks some call needs are emitted (-Wunused-function). */
#include "emit/emit_internal.h"

#include <string.h>

enum { NEED_EQ = 1, NEED_LT = 2, NEED_REPR = 4 };

static bool is_composite(const Type *ty) {
    /* fixed-width ints and f32 have no runtime element kind either */
    return ty->kind == TY_TUPLE || ty->kind == TY_LIST || ty->kind == TY_FIXED || ty->kind == TY_F32;
}

static bool is_fixed(const Type *ty) { return ty->kind == TY_FIXED || ty->kind == TY_F32; }

bool emit_needs_helpers(const Type *elem) {
    return elem && is_composite(elem);
}

static int helper_index(Emit *e, const Type *ty) {
    for (uint32_t i = 0; i < e->helpers.n; i++)
        if (e->helpers.items[i].ty == ty)
            return (int)i;
    EmitHelper h = {ty, 0};
    vec_push(&e->helpers, h);
    return (int)e->helpers.n - 1;
}

/* Marks what ty's callbacks need, recursively through its parts. */
static void need(Emit *e, const Type *ty, unsigned what) {
    if (!is_composite(ty))
        return;
    int i = helper_index(e, ty);
    if ((e->helpers.items[i].need & what) == what)
        return;
    e->helpers.items[i].need |= what;
    if (what & NEED_LT)
        what |= NEED_EQ;
    if (ty->kind == TY_LIST)
        need(e, ty->elem, what);
    else
        for (uint32_t k = 0; k < ty->nelems; k++)
            need(e, ty->elems[k], what);
}

static const char *rt_kind(const Type *ty) {
    switch (ty->kind) {
    case TY_INT: return "i64";
    case TY_FLOAT: return "f64";
    case TY_BOOL: return "bool";
    case TY_STR: return "str";
    default: return "obj";
    }
}

/* Name of the callback `what` ("eq", "lt", "repr") for values of ty. */
static const char *callback(Emit *e, const char *what, const Type *ty) {
    Buf b = {0};
    if (is_composite(ty))
        buf_printf(&b, "%s__%s%d", e->mod, what, helper_index(e, ty));
    else if (!strcmp(what, "eq") && !strcmp(rt_kind(ty), "obj"))
        buf_puts(&b, "adder_elem_eq_ptr"); /* instances compare by identity */
    else
        buf_printf(&b, "adder_elem_%s_%s", what, rt_kind(ty));
    const char *s = arena_strndup(&e->arena, buf_cstr(&b), b.len);
    buf_free(&b);
    return s;
}

const char *emit_elem_callback(Emit *e, const char *what, const Type *ty) {
    need(e, ty, !strcmp(what, "eq") ? NEED_EQ : !strcmp(what, "lt") ? NEED_LT : NEED_REPR);
    return callback(e, what, ty);
}

/* ---- definitions ---- */

static void load_pair(Emit *e, const Type *ty, FILE *out) {
    fputs("    ", out);
    emit_decl(e, out, ty, "x");
    fputs(", ", out);
    fputs("y;\n    memcpy(&x, a, sizeof x);\n    memcpy(&y, b, sizeof y);\n", out);
}

static void def_eq(Emit *e, const Type *ty, int i) {
    FILE *out = e->c;
    fprintf(out, "\nstatic int %s__eq%d(const void *a, const void *b) {\n", e->mod, i);
    if (is_fixed(ty)) { /* B */
        load_pair(e, ty, out);
        fputs("    return x == y;\n}\n", out);
        return;
    }
    if (ty->kind == TY_LIST) {
        fprintf(out, "    const adder_list_t *x, *y;\n    memcpy(&x, a, sizeof x);\n"
                     "    memcpy(&y, b, sizeof y);\n    return adder_list_eq_with(x, y, %s);\n}\n",
                callback(e, "eq", ty->elem));
        return;
    }
    load_pair(e, ty, out);
    for (uint32_t k = 0; k < ty->nelems; k++)
        fprintf(out, "    if (%s(&x.f%u, &y.f%u) != 1)\n        return 0;\n",
                callback(e, "eq", ty->elems[k]), k, k);
    fputs("    return 1;\n}\n", out);
}

static void def_lt(Emit *e, const Type *ty, int i) {
    FILE *out = e->c;
    fprintf(out, "\nstatic int %s__lt%d(const void *a, const void *b) {\n", e->mod, i);
    if (is_fixed(ty)) { /* B */
        load_pair(e, ty, out);
        fputs("    return x < y;\n}\n", out);
        return;
    }
    if (ty->kind == TY_LIST) {
        fprintf(out, "    const adder_list_t *x, *y;\n    memcpy(&x, a, sizeof x);\n"
                     "    memcpy(&y, b, sizeof y);\n    return adder_list_lt_with(x, y, %s, %s);\n}\n",
                callback(e, "eq", ty->elem), callback(e, "lt", ty->elem));
        return;
    }
    /* Tuples: the first unequal items decide, as CPython. */
    load_pair(e, ty, out);
    fputs("    int r;\n", out);
    for (uint32_t k = 0; k < ty->nelems; k++)
        fprintf(out, "    if ((r = %s(&x.f%u, &y.f%u)) != 1)\n        return r < 0 ? r : %s(&x.f%u, &y.f%u);\n",
                callback(e, "eq", ty->elems[k]), k, k, callback(e, "lt", ty->elems[k]), k, k);
    fputs("    return 0;\n}\n", out);
}

static void def_repr(Emit *e, const Type *ty, int i) {
    FILE *out = e->c;
    fprintf(out, "\nstatic adder_str_t *%s__repr%d(const void *p) {\n", e->mod, i);
    if (is_fixed(ty)) { /* B */
        fputs("    ", out);
        emit_decl(e, out, ty, "x");
        fprintf(out, ";\n    memcpy(&x, p, sizeof x);\n    return %s;\n}\n",
                ty->kind == TY_F32                     ? "adder_str_from_float((double)x)"
                : ty->bits == 64 && !ty->is_signed ? "adder_str_from_u64(x)"
                                                   : "adder_str_from_int((int64_t)x)");
        return;
    }
    if (ty->kind == TY_LIST) {
        fprintf(out, "    const adder_list_t *x;\n    memcpy(&x, p, sizeof x);\n"
                     "    return adder_list_repr_with(x, %s);\n}\n", callback(e, "repr", ty->elem));
        return;
    }
    fputs("    ", out);
    emit_decl(e, out, ty, "x");
    fputs(";\n    adder_str_t *r;\n    adder_strbuf_t b;\n    memcpy(&x, p, sizeof x);\n"
          "    adder_strbuf_init(&b);\n    adder_strbuf_append_utf8(&b, \"(\", 1);\n", out);
    for (uint32_t k = 0; k < ty->nelems; k++) {
        if (k)
            fputs("    adder_strbuf_append_utf8(&b, \", \", 2);\n", out);
        fprintf(out, "    r = %s(&x.f%u);\n    if (!r) {\n        adder_strbuf_discard(&b);\n"
                     "        return NULL;\n    }\n    adder_strbuf_append_str(&b, r);\n"
                     "    adder_decref(r);\n", callback(e, "repr", ty->elems[k]), k);
    }
    fprintf(out, "    adder_strbuf_append_utf8(&b, \"%s\", %d);\n    return adder_strbuf_finish(&b);\n}\n",
            ty->nelems == 1 ? ",)" : ")", ty->nelems == 1 ? 2 : 1);
}

void emit_helper_definitions(Emit *e) {
    static const char *const kinds[] = {"eq", "lt", "repr"};
    for (uint32_t i = 0; i < e->helpers.n; i++)
        for (int k = 0; k < 3; k++)
            if (e->helpers.items[i].need & (1u << k)) {
                const char *ret = k == 2 ? "adder_str_t *" : "int ";
                fprintf(e->c, "static %s%s__%s%u(const void *%s);\n", ret, e->mod, kinds[k], i,
                        k == 2 ? "p" : "a, const void *b");
            }
    for (uint32_t i = 0; i < e->helpers.n; i++) {
        const Type *ty = e->helpers.items[i].ty;
        unsigned n = e->helpers.items[i].need;
        if (n & NEED_EQ)
            def_eq(e, ty, (int)i);
        if (n & NEED_LT)
            def_lt(e, ty, (int)i);
        if (n & NEED_REPR)
            def_repr(e, ty, (int)i);
    }
}

/* ---- the rewritten calls ---- */

/* "adder_list_<op>_obj" -> op, or NULL. */
static const char *obj_op(const char *rt, char *buf, size_t cap) {
    size_t n = rt ? strlen(rt) : 0;
    if (n < 16 || strncmp(rt, "adder_list_", 11) || strcmp(rt + n - 4, "_obj"))
        return NULL;
    size_t k = n - 15;
    if (k + 1 > cap)
        return NULL;
    memcpy(buf, rt + 11, k);
    buf[k] = 0;
    return buf;
}

/* The list element type a CALL_RT works on if it must be rewritten. */
const Type *emit_rewritten_elem(Emit *e, const IrIns *ins) {
    char op[32];
    if (ins->op != IR_CALL_RT || !obj_op(ins->rt, op, sizeof op) || ins->nargs == 0)
        return NULL;
    const Type *lt = e->fn ? e->fn->vals[ins->args[0]].ty : NULL;
    if (!lt || lt->kind != TY_LIST || !emit_needs_helpers(lt->elem))
        return NULL;
    return lt->elem;
}

/* Registers the callbacks a rewritten call will use (pre-pass). */
void emit_note_call(Emit *e, const IrFunc *fn, const IrIns *ins) {
    const IrFunc *saved = e->fn;
    e->fn = fn;
    const Type *elem = emit_rewritten_elem(e, ins);
    e->fn = saved;
    if (!elem)
        return;
    char op[32];
    obj_op(ins->rt, op, sizeof op);
    if (!strcmp(op, "eq") || !strcmp(op, "count") || !strcmp(op, "contains"))
        need(e, elem, NEED_EQ);
    else if (!strcmp(op, "index"))
        need(e, elem, NEED_EQ | NEED_REPR);
    else if (!strcmp(op, "repr"))
        need(e, elem, NEED_REPR);
    else if (!strcmp(op, "sort") || !strcmp(op, "sorted") || !strcmp(op, "min") ||
             !strcmp(op, "max"))
        need(e, elem, NEED_LT);
}

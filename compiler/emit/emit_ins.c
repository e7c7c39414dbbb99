/* emit/emit_ins.c: one C function per IrFunc, one C statement (or a
 * short group) per IR instruction.
 *
 * Shape of a function:
 *   RET cname(PARAMS) {
 *       <every used non-parameter slot, zero-initialized>
 *       <(void)x; for slots that are written but never read>
 *       if (ADDER_UNLIKELY(adder_call_enter() < 0)) return <zero>;
 *   b0:  (a label only when some jump or unwind edge targets the block)
 *       ...
 *   }
 * The depth check raises RecursionError before the frame counts, so the
 * frame is not in the traceback (as CPython 3.11); RETURN and UNWIND call
 * adder_call_leave(). Every IRF_RAISE instruction becomes
 *   if (ADDER_UNLIKELY(<failed>)) { adder_tb_push("f.py", "fn", LINE); goto bU; }
 * where <failed> is the helper's error return, the CALL_RT's errconv, or
 * the pending-exception slot after a user CALL. With -g a `#line` directive
 * precedes each instruction. */
#include "emit/emit_internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#define OUT (e->c)

static const char *V(Emit *e, IrRef r) {
    return r < e->fn->nvals ? e->vname[r] : "/*bad*/0";
}

static const Type *TY(Emit *e, IrRef r) {
    return e->fn->vals[r].ty;
}

static const char *A(Emit *e, const IrIns *ins, uint32_t i) {
    return i < ins->nargs ? V(e, ins->args[i]) : "/*missing*/0";
}

static const Type *ATY(Emit *e, const IrIns *ins, uint32_t i) {
    return i < ins->nargs ? TY(e, ins->args[i]) : NULL;
}

/* ---- names and uses ---- */

static bool name_taken(Emit *e, uint32_t upto, const char *name) {
    for (uint32_t i = 0; i < upto; i++)
        if (e->vname[i] && !strcmp(e->vname[i], name))
            return true;
    return false;
}

static void name_values(Emit *e, const IrFunc *fn) {
    e->vname = arena_array(&e->arena, const char *, fn->nvals + 1);
    for (uint32_t i = 0; i < fn->nvals; i++) {
        Buf b = {0};
        const IrVal *v = &fn->vals[i];
        if (v->kind == IRV_TEMP || !v->name || !v->name[0]) {
            buf_printf(&b, "t%u", i);
        } else {
            buf_puts(&b, emit_ident(e, v->name));
            size_t base = b.len;
            for (uint32_t n = 2; name_taken(e, i, buf_cstr(&b)); n++) {
                b.len = base;
                buf_printf(&b, "_%u", n);
            }
        }
        e->vname[i] = arena_strndup(&e->arena, buf_cstr(&b), b.len);
        buf_free(&b);
    }
}

typedef struct Uses {
    bool *written, *read;
} Uses;

static void find_uses(Emit *e, const IrFunc *fn, Uses *u) {
    u->written = arena_array(&e->arena, bool, fn->nvals + 1);
    u->read = arena_array(&e->arena, bool, fn->nvals + 1);
    e->label_used = arena_array(&e->arena, bool, fn->nblocks + 1);
    for (uint32_t bi = 0; bi < fn->nblocks; bi++) {
        const IrBlock *b = fn->blocks[bi];
        for (uint32_t i = 0; i < b->nins; i++) {
            const IrIns *ins = &b->ins[i];
            unsigned flags = ir_op_flags(ins->op);
            if (ins->dst < fn->nvals)
                u->written[ins->dst] = true;
            for (uint32_t a = 0; a < ins->nargs; a++)
                if (ins->args[a] < fn->nvals)
                    u->read[ins->args[a]] = true;
            bool never = (ins->op == IR_CALL_RT && ins->errconv == IR_ERR_NEVER) ||
                         !emit_fixed_may_raise(fn, ins); /* adder module */
            if ((flags & IRF_RAISE) && !never && ins->unwind < fn->nblocks)
                e->label_used[ins->unwind] = true;
            if (ins->op == IR_JUMP && ins->block[0] < fn->nblocks)
                e->label_used[ins->block[0]] = true;
            if (ins->op == IR_BRANCH) {
                for (int k = 0; k < 2; k++)
                    if (ins->block[k] < fn->nblocks)
                        e->label_used[ins->block[k]] = true;
            }
        }
    }
}

static void emit_zero_init(Emit *e, const Type *ty, const char *name) {
    switch (ty->kind) {
    case TY_INT: fprintf(OUT, "    int64_t %s = 0;\n", name); return;
    case TY_FLOAT: fprintf(OUT, "    double %s = 0.0;\n", name); return;
    case TY_BOOL: fprintf(OUT, "    bool %s = false;\n", name); return;
    case TY_FIXED: /* adder module */
    case TY_F32:
    case TY_REG: fprintf(OUT, "    %s %s = 0;\n", emit_fixed_ctype(ty), name); return;
    case TY_TUPLE:
        fputs("    ", OUT);
        emit_decl(e, OUT, ty, name);
        fputs(";\n", OUT);
        return;
    default:
        fputs("    ", OUT);
        emit_decl(e, OUT, ty, name);
        fputs(" = NULL;\n", OUT);
        return;
    }
}

void emit_zero_return(Emit *e, const Type *ty) {
    if (!ty || ty->kind == TY_NONE) {
        fputs("return;", OUT);
    } else if (ty->kind == TY_TUPLE) {
        fputs("{ ", OUT);
        emit_decl(e, OUT, ty, "z_");
        fputs("; memset(&z_, 0, sizeof z_); return z_; }", OUT);
    } else if (ty->kind == TY_INT || ty->kind == TY_FLOAT || ty->kind == TY_BOOL || emit_fixed_ctype(ty)) {
        fputs("return 0;", OUT);
    } else {
        fputs("return NULL;", OUT);
    }
}

/* ---- raising ---- */

static void line_directive(Emit *e, const IrIns *ins) {
    if (!e->opt->line_directives)
        return;
    /* Before every instruction: an instruction may take several C lines,
     * which would otherwise advance the line the debugger sees. */
    uint32_t line = emit_line_of(e, ins->span);
    if (!line)
        return;
    e->line = line;
    fprintf(OUT, "#line %u \"", line);
    emit_cstring(OUT, e->file, strlen(e->file));
    fputs("\"\n", OUT);
}

/* `) { adder_tb_push(...); goto bU; }` closing an `if (ADDER_UNLIKELY(`. */
void emit_raise_tail(Emit *e, const IrIns *ins) {
    fputs(")) {\n        adder_tb_push(\"", OUT);
    emit_cstring(OUT, e->file, strlen(e->file));
    fputs("\", \"", OUT);
    emit_cstring(OUT, e->pyname, strlen(e->pyname));
    fprintf(OUT, "\", %u);\n        goto b%u;\n    }\n", emit_line_of(e, ins->span), ins->unwind);
}

static void raise_tb_goto(Emit *e, const IrIns *ins) {
    fputs("    adder_tb_push(\"", OUT);
    emit_cstring(OUT, e->file, strlen(e->file));
    fputs("\", \"", OUT);
    emit_cstring(OUT, e->pyname, strlen(e->pyname));
    fprintf(OUT, "\", %u);\n    goto b%u;\n", emit_line_of(e, ins->span), ins->unwind);
}

/* `if (ADDER_UNLIKELY(helper(args, &dst) < 0)) {...}` */
static void checked(Emit *e, const IrIns *ins, const char *helper, int nargs) {
    fprintf(OUT, "    if (ADDER_UNLIKELY(%s(", helper);
    for (int i = 0; i < nargs; i++)
        fprintf(OUT, "%s, ", A(e, ins, (uint32_t)i));
    fprintf(OUT, "&%s) < 0", V(e, ins->dst));
    emit_raise_tail(e, ins);
}

/* ---- constants ---- */

static void const_int(Emit *e, const IrIns *ins) {
    if (ins->imm == INT64_MIN)
        fprintf(OUT, "    %s = INT64_MIN;\n", V(e, ins->dst));
    else if (ins->imm >= INT32_MIN && ins->imm <= INT32_MAX)
        fprintf(OUT, "    %s = %" PRId64 ";\n", V(e, ins->dst), ins->imm);
    else
        fprintf(OUT, "    %s = INT64_C(%" PRId64 ");\n", V(e, ins->dst), ins->imm);
}

static void const_float(Emit *e, const IrIns *ins) {
    double v = ins->fimm;
    const char *dst = V(e, ins->dst);
    if (isnan(v)) {
        fprintf(OUT, "    %s = (double)NAN;\n", dst);
    } else if (isinf(v)) {
        fprintf(OUT, "    %s = %sHUGE_VAL;\n", dst, v < 0 ? "-" : "");
    } else {
        char buf[64];
        snprintf(buf, sizeof buf, "%.17g", v);
        if (strtod(buf, NULL) != v || (v == 0.0 && signbit(v) && buf[0] != '-'))
            snprintf(buf, sizeof buf, "%a", v);
        bool has_point = strpbrk(buf, ".eEpx") != NULL;
        fprintf(OUT, "    %s = %s%s;\n", dst, buf, has_point ? "" : ".0");
    }
}

/* ---- comparisons and truth ---- */

static bool is_str(const Type *ty) {
    return ty && ty->kind == TY_STR;
}

static const char *c_relop(int64_t op) {
    switch (op) {
    case CMPOP_EQ: return "==";
    case CMPOP_NOT_EQ: return "!=";
    case CMPOP_LT: return "<";
    case CMPOP_LT_E: return "<=";
    case CMPOP_GT: return ">";
    case CMPOP_GT_E: return ">=";
    case CMPOP_IS: return "==";
    case CMPOP_IS_NOT: return "!=";
    default: return NULL;
    }
}

/* Equality expression of two values of type ty (recursive over tuples). */
static void eq_expr(Emit *e, const Type *ty, const char *a, const char *b) {
    if (ty->kind == TY_STR) {
        fprintf(OUT, "adder_str_eq(%s, %s)", a, b);
    } else if (ty->kind == TY_TUPLE) {
        fputs("(", OUT);
        for (uint32_t i = 0; i < ty->nelems; i++) {
            char x[256], y[256];
            snprintf(x, sizeof x, "%s.f%u", a, i);
            snprintf(y, sizeof y, "%s.f%u", b, i);
            if (i)
                fputs(" && ", OUT);
            eq_expr(e, ty->elems[i], x, y);
        }
        fputs(ty->nelems ? ")" : "1)", OUT);
    } else {
        fprintf(OUT, "(%s == %s)", a, b);
    }
}

static const char *elem_eq_fn(const Type *ty) {
    switch (ty->kind) {
    case TY_INT: return "adder_elem_eq_i64";
    case TY_FLOAT: return "adder_elem_eq_f64";
    case TY_BOOL: return "adder_elem_eq_bool";
    case TY_STR: return "adder_elem_eq_str";
    default: return "adder_elem_eq_ptr";
    }
}

static void cmp_in(Emit *e, const IrIns *ins) {
    const Type *cont = ATY(e, ins, 1);
    const char *neg = ins->imm == CMPOP_NOT_IN ? "!" : "";
    const char *dst = V(e, ins->dst), *a = A(e, ins, 0), *b = A(e, ins, 1);
    if (is_str(cont))
        fprintf(OUT, "    %s = %sadder_str_contains(%s, %s);\n", dst, neg, b, a);
    else if (cont && cont->kind == TY_BYTEARRAY)
        fprintf(OUT, "    %s = %sadder_bytearray_contains(%s, %s);\n", dst, neg, b, a);
    else if (cont && cont->kind == TY_LIST)
        fprintf(OUT, "    %s = %s(adder_list_contains(%s, &%s, %s) > 0);\n", dst, neg, b, a,
                elem_eq_fn(cont->elem));
    else
        fprintf(OUT, "    %s = false; /* unsupported 'in' */\n", dst);
}

static void cmp(Emit *e, const IrIns *ins) {
    const Type *ta = ATY(e, ins, 0), *tb = ATY(e, ins, 1);
    const char *dst = V(e, ins->dst), *a = A(e, ins, 0), *b = A(e, ins, 1);
    int64_t op = ins->imm;
    if (op == CMPOP_IN || op == CMPOP_NOT_IN) {
        cmp_in(e, ins);
        return;
    }
    const char *rel = c_relop(op);
    if (!rel) {
        fprintf(OUT, "    %s = false; /* bad comparison */\n", dst);
        return;
    }
    bool identity = op == CMPOP_IS || op == CMPOP_IS_NOT;
    if (!identity && is_str(ta) && is_str(tb)) {
        if (op == CMPOP_EQ || op == CMPOP_NOT_EQ)
            fprintf(OUT, "    %s = %sadder_str_eq(%s, %s);\n", dst, op == CMPOP_EQ ? "" : "!", a,
                    b);
        else
            fprintf(OUT, "    %s = adder_str_compare(%s, %s) %s 0;\n", dst, a, b, rel);
        return;
    }
    if (!identity && ta && tb && ta->kind == TY_TUPLE && ta == tb &&
        (op == CMPOP_EQ || op == CMPOP_NOT_EQ)) {
        fprintf(OUT, "    %s = %s", dst, op == CMPOP_EQ ? "" : "!");
        eq_expr(e, ta, a, b);
        fputs(";\n", OUT);
        return;
    }
    if ((ta && ta->kind == TY_NONE) || (tb && tb->kind == TY_NONE)) {
        /* x == None / x is None: the pointer is NULL. */
        fprintf(OUT, "    %s = (%s %s %s);\n", dst, ta && ta->kind == TY_NONE ? "NULL" : a, rel,
                tb && tb->kind == TY_NONE ? "NULL" : b);
        return;
    }
    fprintf(OUT, "    %s = (%s %s %s);\n", dst, a, rel, b);
}

static void truth(Emit *e, const IrIns *ins) {
    const Type *ty = ATY(e, ins, 0);
    const char *dst = V(e, ins->dst), *a = A(e, ins, 0);
    switch (ty ? ty->kind : TY_NONE) {
    case TY_INT: fprintf(OUT, "    %s = (%s != 0);\n", dst, a); return;
    case TY_FLOAT: fprintf(OUT, "    %s = (%s != 0.0);\n", dst, a); return;
    case TY_BOOL: fprintf(OUT, "    %s = %s;\n", dst, a); return;
    case TY_FIXED: /* adder module */
    case TY_F32: fprintf(OUT, "    %s = (%s != 0);\n", dst, a); return;
    case TY_STR: fprintf(OUT, "    %s = (%s->size != 0);\n", dst, a); return;
    case TY_LIST:
    case TY_BYTEARRAY: fprintf(OUT, "    %s = (adder_list_len(%s) != 0);\n", dst, a); return;
    case TY_OPTIONAL: {
        const Type *in = ty->elem;
        if (in->kind == TY_STR)
            fprintf(OUT, "    %s = (%s != NULL && %s->size != 0);\n", dst, a, a);
        else if (in->kind == TY_LIST || in->kind == TY_BYTEARRAY)
            fprintf(OUT, "    %s = (%s != NULL && adder_list_len(%s) != 0);\n", dst, a, a);
        else
            fprintf(OUT, "    %s = (%s != NULL);\n", dst, a);
        return;
    }
    case TY_TUPLE: fprintf(OUT, "    %s = %s;\n", dst, ty->nelems ? "true" : "false"); return;
    case TY_CLASS: fprintf(OUT, "    %s = true;\n", dst); return;
    default: fprintf(OUT, "    %s = false;\n", dst); return;
    }
}

/* ---- lists ---- */

static const char *index_msg(const Type *ty, int64_t assign) {
    if (ty->kind == TY_STR)
        return "string index out of range";
    if (ty->kind == TY_BYTEARRAY)
        return "bytearray index out of range";
    return assign ? "list assignment index out of range" : "list index out of range";
}

static void index_check(Emit *e, const IrIns *ins) {
    const Type *ty = ATY(e, ins, 0);
    const char *dst = V(e, ins->dst), *a = A(e, ins, 0);
    if (ins->dst != ins->args[1])
        fprintf(OUT, "    %s = %s;\n", dst, A(e, ins, 1));
    fprintf(OUT, "    if (ADDER_UNLIKELY(adder_index_check(%s(%s), &%s, \"%s\") < 0",
            ty->kind == TY_STR ? "adder_str_len" : "adder_list_len", a, dst,
            index_msg(ty, ins->imm));
    emit_raise_tail(e, ins);
}

/* CPython's error for a field or method used on None. */
static void none_check(Emit *e, const IrIns *ins) {
    const IrString *name = &e->m->strings[ins->imm];
    fprintf(OUT, "    if (ADDER_UNLIKELY(%s == NULL)) {\n", A(e, ins, 0));
    fputs("    adder_raise_text(&adder_exc_AttributeError, \"'NoneType' object has no attribute '", OUT);
    emit_cstring(OUT, name->data, name->len);
    fputs("'\");\n", OUT);
    raise_tb_goto(e, ins);
    fputs("    }\n", OUT);
}

static void list_new(Emit *e, const IrIns *ins) {
    const Type *ty = TY(e, ins->dst);
    const char *dst = V(e, ins->dst);
    if (ty->kind == TY_BYTEARRAY) {
        fprintf(OUT, "    %s = adder_list_new(1, ADDER_ELEM_SCALAR, %" PRId64 ");\n", dst, ins->imm);
    } else {
        const Type *el = ty->kind == TY_LIST ? ty->elem : ty;
        /* Tuples are stored as plain bytes (list.h has no per-field kind):
         * emitted code increfs their objects on the way in, and the list's
         * dealloc does not release them (a leak, never a dangling pointer). */
        bool obj = type_has_objects(el) && el->kind != TY_TUPLE;
        fprintf(OUT, "    %s = adder_list_new(sizeof(%s), %s, %" PRId64 ");\n", dst,
                emit_ctype(e, el), obj ? "ADDER_ELEM_OBJECT" : "ADDER_ELEM_SCALAR", ins->imm);
    }
    fprintf(OUT, "    if (ADDER_UNLIKELY(%s == NULL", dst);
    emit_raise_tail(e, ins);
}

static void list_get(Emit *e, const IrIns *ins) {
    const Type *ty = ATY(e, ins, 0);
    const char *dst = V(e, ins->dst), *a = A(e, ins, 0), *i = A(e, ins, 1);
    if (ty->kind == TY_BYTEARRAY) {
        fprintf(OUT, "    %s = adder_bytearray_get(%s, %s);\n", dst, a, i);
        return;
    }
    if (ty->kind == TY_STR) {
        fprintf(OUT, "    %s = adder_str_index(%s, %s);\n", dst, a, i);
        return;
    }
    switch (ty->elem->kind) {
    case TY_INT: fprintf(OUT, "    %s = adder_list_get_i64(%s, %s);\n", dst, a, i); return;
    case TY_FLOAT: fprintf(OUT, "    %s = adder_list_get_f64(%s, %s);\n", dst, a, i); return;
    default:
        if (type_has_objects(ty->elem) && ty->elem->kind != TY_TUPLE)
            fprintf(OUT, "    %s = adder_list_get_obj(%s, %s);\n", dst, a, i);
        else
            fprintf(OUT, "    memcpy(&%s, adder_list_at(%s, %s), sizeof %s);\n", dst, a, i, dst);
        return;
    }
}

static void list_set(Emit *e, const IrIns *ins) {
    const Type *ty = ATY(e, ins, 0);
    const char *a = A(e, ins, 0), *i = A(e, ins, 1), *v = A(e, ins, 2);
    if (ty->kind == TY_BYTEARRAY) {
        fprintf(OUT, "    ((uint8_t *)%s->items)[%s] = (uint8_t)%s;\n", a, i, v);
        return;
    }
    switch (ty->elem->kind) {
    case TY_INT: fprintf(OUT, "    adder_list_set_i64(%s, %s, %s);\n", a, i, v); return;
    case TY_FLOAT: fprintf(OUT, "    adder_list_set_f64(%s, %s, %s);\n", a, i, v); return;
    default: fprintf(OUT, "    memcpy(adder_list_at(%s, %s), &%s, sizeof %s);\n", a, i, v, v); return;
    }
}

static void list_append(Emit *e, const IrIns *ins) {
    const Type *ty = ATY(e, ins, 0);
    if (ty->kind == TY_BYTEARRAY)
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_bytearray_append(%s, %s) < 0", A(e, ins, 0),
                A(e, ins, 1));
    else {
        if (ty->elem->kind == TY_TUPLE)
            emit_release(e, ty->elem, A(e, ins, 1), "adder_xincref");
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_append(%s, &%s) < 0", A(e, ins, 0),
                A(e, ins, 1));
    }
    emit_raise_tail(e, ins);
}

/* ---- calls ---- */

static void call_args(Emit *e, const IrIns *ins) {
    fputs("(", OUT);
    for (uint32_t i = 0; i < ins->nargs; i++)
        fprintf(OUT, "%s%s", i ? ", " : "", A(e, ins, i));
    fputs(")", OUT);
}

static void call(Emit *e, const IrIns *ins) {
    const char *callee = ins->fn && ins->fn->cname ? ins->fn->cname : "/*no callee*/";
    fputs("    ", OUT);
    if (ins->dst != IR_NONE)
        fprintf(OUT, "%s = ", V(e, ins->dst));
    fputs(callee, OUT);
    call_args(e, ins);
    fputs(";\n    if (ADDER_UNLIKELY(adder_rt.exc != NULL", OUT);
    emit_raise_tail(e, ins);
}

/* adder_list_<op>_obj on tuple or nested-list elements: the generic
 * entries with generated callbacks (emit_helpers.c). */
static bool call_rt_rewritten(Emit *e, const IrIns *ins) {
    const Type *el = emit_rewritten_elem(e, ins);
    if (!el)
        return false;
    const char *op = ins->rt + 11, *dst = ins->dst != IR_NONE ? V(e, ins->dst) : "";
    const char *a0 = A(e, ins, 0), *a1 = A(e, ins, 1), *a2 = A(e, ins, 2);
    size_t n = strlen(op) - 4;
    if (!strncmp(op, "repr", n)) {
        fprintf(OUT, "    %s = adder_list_repr_with(%s, %s);\n    if (ADDER_UNLIKELY(%s == NULL", dst,
                a0, emit_elem_callback(e, "repr", el), dst);
    } else if (!strncmp(op, "eq", n)) {
        fprintf(OUT, "    %s = adder_list_eq_with(%s, %s, %s);\n", dst, a0, a1,
                emit_elem_callback(e, "eq", el));
        return true;
    } else if (!strncmp(op, "count", n)) {
        fprintf(OUT, "    %s = adder_list_count(%s, &%s, %s);\n", dst, a0, a1,
                emit_elem_callback(e, "eq", el));
        return true;
    } else if (!strncmp(op, "contains", n)) {
        fprintf(OUT, "    %s = adder_list_contains(%s, &%s, %s) > 0;\n", dst, a0, a1,
                emit_elem_callback(e, "eq", el));
        return true;
    } else if (n == 6 && !strncmp(op, "sorted", n)) { /* not "sort" */
        fprintf(OUT, "    %s = adder_list_sorted_with(%s, %s, %s);\n    if (ADDER_UNLIKELY(%s == NULL",
                dst, a0, a1, emit_elem_callback(e, "lt", el), dst);
    } else if (!strncmp(op, "sort", n)) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_sort_with(%s, %s, %s) < 0", a0, a1,
                emit_elem_callback(e, "lt", el));
    } else if (!strncmp(op, "min", n) || !strncmp(op, "max", n)) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_extreme_with(%s, %s, %s, &%s) < 0", a0,
                emit_elem_callback(e, "lt", el), op[1] == 'a' ? "true" : "false", dst);
        emit_raise_tail(e, ins);
        if (type_is_object(el)) /* not tuples, fixed ints or f32 */
            fprintf(OUT, "    adder_incref(%s);\n", dst);
        return true;
    } else if (!strncmp(op, "pop", n)) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_pop(%s, %s, &%s) < 0", a0, a1, dst);
    } else if (!strncmp(op, "insert", n)) {
        if (el->kind == TY_TUPLE)
            emit_release(e, el, a2, "adder_xincref");
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_insert(%s, %s, &%s) < 0", a0, a1, a2);
    } else if (!strncmp(op, "index", n)) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_list_index(%s, &%s, %s, %s, &%s) < 0", a0, a1,
                emit_elem_callback(e, "eq", el), emit_elem_callback(e, "repr", el), dst);
    } else {
        return false;
    }
    emit_raise_tail(e, ins);
    return true;
}

static void call_rt(Emit *e, const IrIns *ins) {
    const char *rt = ins->rt ? ins->rt : "/*no runtime function*/";
    if (call_rt_rewritten(e, ins))
        return;
    bool has_dst = ins->dst != IR_NONE;
    IrErrConv conv = ins->errconv;
    if (conv == IR_ERR_NEG && !has_dst) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(%s", rt);
        call_args(e, ins);
        fputs(" < 0", OUT);
        emit_raise_tail(e, ins);
        return;
    }
    fputs("    ", OUT);
    if (has_dst)
        fprintf(OUT, "%s = ", V(e, ins->dst));
    fputs(rt, OUT);
    call_args(e, ins);
    fputs(";\n", OUT);
    const char *dst = has_dst ? V(e, ins->dst) : "";
    switch (conv) {
    case IR_ERR_NEVER: return;
    case IR_ERR_NULL: fprintf(OUT, "    if (ADDER_UNLIKELY(%s == NULL", dst); break;
    case IR_ERR_NEG: fprintf(OUT, "    if (ADDER_UNLIKELY(%s < 0", dst); break;
    case IR_ERR_PENDING: fputs("    if (ADDER_UNLIKELY(adder_rt.exc != NULL", OUT); break;
    }
    emit_raise_tail(e, ins);
}

static void raise_op(Emit *e, const IrIns *ins) {
    const char *cls = ins->cls ? ins->cls->name : "Exception";
    const Type *mty = ATY(e, ins, 0);
    const char *msg = ins->nargs > 0 && mty && (mty->kind == TY_STR ||
                      (mty->kind == TY_OPTIONAL && mty->elem->kind == TY_STR))
                          ? A(e, ins, 0) : "NULL";
    if (ins->cls && !emit_is_exc_class(ins->cls))
        fprintf(OUT, "    adder_raise(ADDER_EXC(Exception), %s); /* user class %s */\n", msg, cls);
    else
        fprintf(OUT, "    adder_raise(ADDER_EXC(%s), %s);\n", cls, msg);
    raise_tb_goto(e, ins);
}

/* ---- the instruction switch ---- */

static void refcount(Emit *e, const IrIns *ins, const char *call) {
    const Type *ty = ATY(e, ins, 0);
    if (!ty || !type_has_objects(ty))
        return;
    if (ty->kind == TY_TUPLE)
        emit_release(e, ty, A(e, ins, 0), !strcmp(call, "adder_xdecref") ? call : "adder_xincref");
    else if (!strcmp(call, "adder_incref") && (ty->kind == TY_OPTIONAL || ty->kind == TY_CLASS))
        /* instances may be None where sema let a `C | None` value through */
        fprintf(OUT, "    adder_xincref(%s);\n", A(e, ins, 0));
    else
        fprintf(OUT, "    %s(%s);\n", call, A(e, ins, 0));
}

static void binop(Emit *e, const IrIns *ins, const char *op) {
    fprintf(OUT, "    %s = %s %s %s;\n", V(e, ins->dst), A(e, ins, 0), op, A(e, ins, 1));
}

static void tuple_new(Emit *e, const IrIns *ins) {
    const char *dst = V(e, ins->dst);
    for (uint32_t i = 0; i < ins->nargs; i++)
        fprintf(OUT, "    %s.f%u = %s;\n", dst, i, A(e, ins, i));
}

static void ret(Emit *e, const IrIns *ins) {
    fputs("    adder_call_leave();\n", OUT);
    if (ins->nargs == 0 || e->fn->ret->kind == TY_NONE)
        fputs("    return;\n", OUT);
    else
        fprintf(OUT, "    return %s;\n", A(e, ins, 0));
}

static void new_obj(Emit *e, const IrIns *ins) {
    const char *dst = V(e, ins->dst);
    const char *cn = ins->cls ? ins->cls->cname : "?";
    fprintf(OUT, "    %s = adder_object_new(&%s_type, sizeof(struct %s));\n", dst, cn, cn);
    fprintf(OUT, "    if (ADDER_UNLIKELY(%s == NULL", dst);
    emit_raise_tail(e, ins);
    fprintf(OUT, "    memset((char *)%s + sizeof(adder_object_t), 0, sizeof(struct %s) - "
                 "sizeof(adder_object_t));\n", dst, cn);
}

static void emit_ins(Emit *e, const IrIns *ins) {
    const char *dst = ins->dst != IR_NONE ? V(e, ins->dst) : "";
    line_directive(e, ins);
    switch (ins->op) {
    case IR_CONST_INT: const_int(e, ins); return;
    case IR_CONST_FLOAT: const_float(e, ins); return;
    case IR_CONST_BOOL: fprintf(OUT, "    %s = %s;\n", dst, ins->imm ? "true" : "false"); return;
    case IR_CONST_NONE: fprintf(OUT, "    %s = NULL;\n", dst); return;
    case IR_CONST_STR:
        fprintf(OUT, "    %s = (adder_str_t *)&s%" PRId64 ";\n", dst, ins->imm);
        return;
    case IR_MOV: fprintf(OUT, "    %s = %s;\n", dst, A(e, ins, 0)); return;
    case IR_INCREF: refcount(e, ins, "adder_incref"); return;
    case IR_DECREF: refcount(e, ins, "adder_xdecref"); return;
    case IR_CLEAR:
        if (ATY(e, ins, 0)->kind == TY_TUPLE)
            fprintf(OUT, "    memset(&%s, 0, sizeof %s);\n", A(e, ins, 0), A(e, ins, 0));
        else
            fprintf(OUT, "    %s = NULL;\n", A(e, ins, 0));
        return;
    case IR_ADD_I: checked(e, ins, "adder_i64_add", 2); return;
    case IR_SUB_I: checked(e, ins, "adder_i64_sub", 2); return;
    case IR_MUL_I: checked(e, ins, "adder_i64_mul", 2); return;
    case IR_FLOORDIV_I: checked(e, ins, "adder_i64_floordiv", 2); return;
    case IR_MOD_I: checked(e, ins, "adder_i64_mod", 2); return;
    case IR_POW_I: checked(e, ins, "adder_i64_pow", 2); return;
    case IR_NEG_I: checked(e, ins, "adder_i64_neg", 1); return;
    case IR_LSHIFT_I: checked(e, ins, "adder_i64_shl", 2); return;
    case IR_RSHIFT_I: checked(e, ins, "adder_i64_shr", 2); return;
    case IR_TRUEDIV_I: checked(e, ins, "adder_i64_truediv", 2); return;
    case IR_AND_I: binop(e, ins, "&"); return;
    case IR_OR_I: binop(e, ins, "|"); return;
    case IR_XOR_I: binop(e, ins, "^"); return;
    case IR_INVERT_I: fprintf(OUT, "    %s = ~%s;\n", dst, A(e, ins, 0)); return;
    case IR_ADD_F: binop(e, ins, "+"); return;
    case IR_SUB_F: binop(e, ins, "-"); return;
    case IR_MUL_F: binop(e, ins, "*"); return;
    case IR_DIV_F: checked(e, ins, "adder_f64_div", 2); return;
    case IR_FLOORDIV_F: checked(e, ins, "adder_f64_floordiv", 2); return;
    case IR_MOD_F: checked(e, ins, "adder_f64_mod", 2); return;
    case IR_POW_F: checked(e, ins, "adder_f64_pow", 2); return;
    case IR_NEG_F: fprintf(OUT, "    %s = -%s;\n", dst, A(e, ins, 0)); return;
    case IR_CMP: cmp(e, ins); return;
    case IR_FIX_BIN: /* adder module */
    case IR_FIX_UN:
    case IR_CONVERT:
    case IR_REG_READ:
    case IR_REG_WRITE:
        emit_fixed_ins(e, ins, ins->dst != IR_NONE ? dst : "", A(e, ins, 0), A(e, ins, 1), ATY(e, ins, 0),
                       ins->dst != IR_NONE ? TY(e, ins->dst) : NULL);
        return;
    case IR_NOT: fprintf(OUT, "    %s = !%s;\n", dst, A(e, ins, 0)); return;
    case IR_TRUTH: truth(e, ins); return;
    case IR_IS_NONE: fprintf(OUT, "    %s = (%s == NULL);\n", dst, A(e, ins, 0)); return;
    case IR_I2F: fprintf(OUT, "    %s = (double)%s;\n", dst, A(e, ins, 0)); return;
    case IR_B2I: fprintf(OUT, "    %s = (int64_t)%s;\n", dst, A(e, ins, 0)); return;
    case IR_F2I: checked(e, ins, "adder_f64_to_i64", 1); return;
    case IR_TUPLE_NEW: tuple_new(e, ins); return;
    case IR_TUPLE_GET: fprintf(OUT, "    %s = %s.f%" PRId64 ";\n", dst, A(e, ins, 0), ins->imm); return;
    case IR_NEW: new_obj(e, ins); return;
    case IR_NONE_CHECK: none_check(e, ins); return;
    case IR_GET_FIELD:
        fprintf(OUT, "    %s = %s->%s;\n", dst, A(e, ins, 0), emit_field_name(e, ins->field));
        return;
    case IR_SET_FIELD:
        fprintf(OUT, "    %s->%s = %s;\n", A(e, ins, 0), emit_field_name(e, ins->field),
                A(e, ins, 1));
        return;
    case IR_GET_GLOBAL: fprintf(OUT, "    %s = %s;\n", dst, emit_global_name(e, ins->sym)); return;
    case IR_SET_GLOBAL:
        fprintf(OUT, "    %s = %s;\n", emit_global_name(e, ins->sym), A(e, ins, 0));
        return;
    case IR_LIST_NEW: list_new(e, ins); return;
    case IR_LIST_LEN:
        fprintf(OUT, "    %s = %s(%s);\n", dst,
                is_str(ATY(e, ins, 0)) ? "adder_str_len" : "adder_list_len", A(e, ins, 0));
        return;
    case IR_INDEX_CHECK: index_check(e, ins); return;
    case IR_LIST_GET: list_get(e, ins); return;
    case IR_LIST_SET: list_set(e, ins); return;
    case IR_LIST_APPEND: list_append(e, ins); return;
    case IR_CALL: call(e, ins); return;
    case IR_CALL_RT: call_rt(e, ins); return;
    case IR_RAISE: raise_op(e, ins); return;
    case IR_EXC_MATCH:
        fprintf(OUT, "    %s = adder_exc_matches(ADDER_EXC(%s));\n", dst,
                ins->cls && emit_is_exc_class(ins->cls) ? ins->cls->name : "Exception");
        return;
    case IR_EXC_CLEAR: fputs("    adder_exc_clear();\n", OUT); return;
    case IR_JUMP: fprintf(OUT, "    goto b%u;\n", ins->block[0]); return;
    case IR_BRANCH:
        fprintf(OUT, "    if (%s)\n        goto b%u;\n    goto b%u;\n", A(e, ins, 0), ins->block[0],
                ins->block[1]);
        return;
    case IR_RETURN: ret(e, ins); return;
    case IR_UNWIND:
        fputs("    adder_call_leave();\n    ", OUT);
        emit_zero_return(e, e->fn->ret);
        fputs("\n", OUT);
        return;
    default: fprintf(OUT, "    /* unknown op %s */\n", ir_op_name(ins->op)); return;
    }
}

static void emit_locals(Emit *e, const IrFunc *fn, const Uses *u) {
    for (uint32_t i = fn->nparams; i < fn->nvals; i++)
        if (u->written[i] || u->read[i])
            emit_zero_init(e, fn->vals[i].ty, e->vname[i]);
    for (uint32_t i = fn->nparams; i < fn->nvals; i++)
        if ((u->written[i] || u->read[i]) && fn->vals[i].ty->kind == TY_TUPLE)
            fprintf(OUT, "    memset(&%s, 0, sizeof %s);\n", e->vname[i], e->vname[i]);
    for (uint32_t i = 0; i < fn->nvals; i++)
        if (!u->read[i] && (i < fn->nparams || u->written[i]))
            fprintf(OUT, "    (void)%s;\n", e->vname[i]);
}

void emit_function(Emit *e, const IrFunc *fn) {
    Uses u;
    e->fn = fn;
    e->line = 0;
    e->pyname = fn == e->m->init ? "<module>" : fn->info && fn->info->name ? fn->info->name
                                                                           : fn->name;
    name_values(e, fn);
    find_uses(e, fn, &u);
    fputs("\n", OUT);
    emit_signature(e, fn);
    fputs(" {\n", OUT);
    emit_locals(e, fn, &u);
    if (fn == e->m->init && !e->opt->with_main) /* an imported module runs once */
        fputs("    static bool adder_done = false;\n    if (adder_done)\n        return;\n    adder_done = true;\n", OUT);
    fputs("    if (ADDER_UNLIKELY(adder_call_enter() < 0))\n        ", OUT);
    emit_zero_return(e, fn->ret);
    fputs("\n", OUT);
    for (uint32_t bi = 0; bi < fn->nblocks; bi++) {
        const IrBlock *b = fn->blocks[bi];
        if (e->label_used[bi])
            fprintf(OUT, "b%u:\n", bi);
        for (uint32_t i = 0; i < b->nins; i++)
            emit_ins(e, &b->ins[i]);
        if (!ir_block_terminated(b)) {
            /* Verified IR never gets here; keep the C well-formed anyway. */
            fputs("    adder_call_leave();\n    ", OUT);
            emit_zero_return(e, fn->ret);
            fputs("\n", OUT);
        }
    }
    fputs("}\n", OUT);
    e->vname = NULL;
}

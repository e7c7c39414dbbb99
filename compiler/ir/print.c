/* ir/print.c: the stable text form of IR (`adder --emit=ir FILE`).
 *
 * Output, per function:
 *   func main__fib(n: int) -> int
 *     %0 n: int (param)
 *     %1 i: int (local)
 *     %2: bool
 *   b0:
 *     %2 = cmp.lt %0, %1          ; line 5
 *     branch %2, b1, b2
 * Each instruction is `[%dst = ]op operands [attributes]`, where the
 * attributes are the op's extra fields: constants, the comparison, the
 * callee / class / field / global name, block targets and ` unwind bN`
 * for raising ops. The line comment appears when the module has a source
 * file. The module starts with its string table and ends with `init`.
 * Nothing depends on pointers or hash order, so the text is deterministic
 * and usable as a golden file. */
#include "ir/ir.h"

#include <inttypes.h>
#include <string.h>

/* Column where the `; line N` comments start. */
enum { LINE_COMMENT_COL = 40 };

static const char *const cmp_names[] = {"eq", "ne", "lt", "le", "gt", "ge",
                                        "is", "isnot", "in", "notin"};

static const char *const errconv_names[] = {"never", "null", "neg", "pending"};

static void print_type(FILE *out, const Type *ty) {
    if (!ty) {
        fputs("?", out);
        return;
    }
    switch (ty->kind) {
    case TY_ERROR: fputs("<error>", out); return;
    case TY_NONE: fputs("None", out); return;
    case TY_BOOL: fputs("bool", out); return;
    case TY_INT: fputs("int", out); return;
    case TY_FLOAT: fputs("float", out); return;
    case TY_STR: fputs("str", out); return;
    case TY_BYTEARRAY: fputs("bytearray", out); return;
    case TY_RANGE: fputs("range", out); return;
    case TY_FIXED: /* adder module */
    case TY_F32:
    case TY_REG: fputs(ty->name, out); return;
    case TY_LIST:
        fputs("list[", out);
        print_type(out, ty->elem);
        fputs("]", out);
        return;
    case TY_TUPLE:
        fputs("tuple[", out);
        for (uint32_t i = 0; i < ty->nelems; i++) {
            if (i)
                fputs(", ", out);
            print_type(out, ty->elems[i]);
        }
        fputs("]", out);
        return;
    case TY_OPTIONAL:
        print_type(out, ty->elem);
        fputs(" | None", out);
        return;
    case TY_CLASS: fputs(ty->cls && ty->cls->name ? ty->cls->name : "<class>", out); return;
    case TY_FUNC: fprintf(out, "func %s", ty->fn && ty->fn->name ? ty->fn->name : "?"); return;
    case TY_MODULE: fprintf(out, "module %s", ty->name ? ty->name : "?"); return;
    case TY__COUNT: break;
    }
    fputs("?", out);
}

static void print_escaped(FILE *out, const char *s, uint32_t len) {
    fputc('"', out);
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

/* The op name, with the comparison folded in: `cmp.lt`. */
static int print_opname(FILE *out, const IrIns *ins) {
    if (ins->op == IR_CMP && ins->imm >= 0 && ins->imm < (int64_t)(sizeof cmp_names / sizeof *cmp_names))
        return fprintf(out, "cmp.%s", cmp_names[ins->imm]);
    return fprintf(out, "%s", ir_op_name(ins->op));
}

/* Names that belong right after the op: callee, class, field, global. */
static int print_names(FILE *out, const IrIns *ins) {
    switch (ins->op) {
    case IR_CALL: return fprintf(out, " %s", ins->fn && ins->fn->cname ? ins->fn->cname : "?");
    case IR_CALL_RT:
        return fprintf(out, " %s[%s]", ins->rt ? ins->rt : "?",
                       (unsigned)ins->errconv < 4 ? errconv_names[ins->errconv] : "?");
    case IR_NEW:
    case IR_RAISE:
    case IR_EXC_MATCH: return fprintf(out, " %s", ins->cls && ins->cls->name ? ins->cls->name : "?");
    case IR_GET_FIELD:
    case IR_SET_FIELD:
        return fprintf(out, " .%s", ins->field && ins->field->name ? ins->field->name : "?");
    case IR_GET_GLOBAL:
    case IR_SET_GLOBAL: return fprintf(out, " @%s", ins->sym && ins->sym->name ? ins->sym->name : "?");
    default: return 0;
    }
}

/* Immediates, block targets and the unwind block, after the operands. */
static int print_tail(FILE *out, const IrIns *ins) {
    int n = 0;
    const char *sep = ins->nargs ? ", " : " ";
    switch (ins->op) {
    case IR_CONST_INT:
    case IR_TUPLE_GET:
    case IR_LIST_NEW:
    case IR_INDEX_CHECK: n += fprintf(out, "%s%" PRId64, sep, ins->imm); break;
    case IR_CONST_FLOAT: {
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", ins->fimm);
        bool plain = !strpbrk(buf, ".eEni");
        n += fprintf(out, "%s%s%s", sep, buf, plain ? ".0" : "");
        break;
    }
    case IR_CONST_BOOL: n += fprintf(out, "%s%s", sep, ins->imm ? "true" : "false"); break;
    case IR_CONST_STR: n += fprintf(out, "%s#%" PRId64, sep, ins->imm); break;
    case IR_JUMP: n += fprintf(out, "%sb%u", sep, ins->block[0]); break;
    case IR_BRANCH: n += fprintf(out, "%sb%u, b%u", sep, ins->block[0], ins->block[1]); break;
    default: break;
    }
    if (ir_op_flags(ins->op) & IRF_RAISE)
        n += fprintf(out, " unwind b%u", ins->unwind);
    return n;
}

static void print_ins(FILE *out, const IrModule *m, const IrIns *ins) {
    int col = fprintf(out, "  ");
    if (ins->dst != IR_NONE)
        col += fprintf(out, "%%%u = ", ins->dst);
    col += print_opname(out, ins);
    col += print_names(out, ins);
    for (uint32_t i = 0; i < ins->nargs; i++)
        col += fprintf(out, "%s%%%u", i ? ", " : " ", ins->args[i]);
    col += print_tail(out, ins);
    if (m && m->src && m->src->text) {
        uint32_t line = 0, bcol = 0;
        source_line_col(m->src, ins->span.start, &line, &bcol);
        for (; col < LINE_COMMENT_COL; col++)
            fputc(' ', out);
        fprintf(out, " ; line %u", line);
    }
    fputc('\n', out);
}

static const char *const val_kinds[] = {"param", "local", "temp"};

static void print_header(FILE *out, const IrFunc *fn) {
    fprintf(out, "func %s(", fn->name ? fn->name : "?");
    for (uint32_t i = 0; i < fn->nparams && i < fn->nvals; i++) {
        if (i)
            fputs(", ", out);
        fprintf(out, "%s: ", fn->vals[i].name ? fn->vals[i].name : "?");
        print_type(out, fn->vals[i].ty);
    }
    fputs(") -> ", out);
    print_type(out, fn->ret);
    fputc('\n', out);
    for (uint32_t i = 0; i < fn->nvals; i++) {
        const IrVal *v = &fn->vals[i];
        fprintf(out, "  %%%u", i);
        if (v->name)
            fprintf(out, " %s", v->name);
        fputs(": ", out);
        print_type(out, v->ty);
        if (v->kind != IRV_TEMP)
            fprintf(out, " (%s)", (unsigned)v->kind < 3 ? val_kinds[v->kind] : "?");
        fputc('\n', out);
    }
}

void ir_print_func(FILE *out, const IrModule *m, const IrFunc *fn) {
    print_header(out, fn);
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        const IrBlock *blk = fn->blocks[b];
        fprintf(out, "b%u:\n", blk->id);
        for (uint32_t i = 0; i < blk->nins; i++)
            print_ins(out, m, &blk->ins[i]);
    }
}

void ir_print_module(FILE *out, const IrModule *m) {
    for (uint32_t i = 0; i < m->nstrings; i++) {
        fprintf(out, "string #%u = ", i);
        print_escaped(out, m->strings[i].data, m->strings[i].len);
        fputc('\n', out);
    }
    if (m->sema) {
        for (uint32_t i = 0; i < m->sema->nglobals; i++) {
            const Symbol *g = m->sema->globals[i];
            fprintf(out, "global @%s: ", g->name);
            print_type(out, g->ty);
            fputc('\n', out);
        }
    }
    for (uint32_t i = 0; i < m->nfuncs; i++) {
        if (m->funcs[i] == m->init)
            continue;
        fputc('\n', out);
        ir_print_func(out, m, m->funcs[i]);
    }
    if (m->init) {
        fputs("\ninit ", out);
        ir_print_func(out, m, m->init);
    }
}

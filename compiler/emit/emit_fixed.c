/* emit/emit_fixed.c: C for the `adder` module's ops (FIX_BIN, FIX_UN,
 * CONVERT, REG_READ, REG_WRITE) and C types of fixed-width ints, f32 and
 * registers.
 *
 * Wrapping without UB: + - * & | ^ and unary - ~ are done in uint32_t (up
 * to 32 bits; C's int is 32 bits on every Adder target) or uint64_t and
 * converted back to the (narrower or signed) type, so C's integer
 * promotions never make a signed overflow; // % << >> ** go through
 * adder_fix_bin (runtime/fixed.c), which checks the divisor, shift count
 * and exponent. A register read is one `*(volatile uintN_t *)addr` load, a
 * write one store; set_bits/clear_bits one load and one store. */
#include "emit/emit_internal.h"

#include <inttypes.h>
#include <string.h>

#define OUT (e->c)

const char *emit_fixed_ctype(const Type *ty) {
    static const char *const s[4] = {"int8_t", "int16_t", "int32_t", "int64_t"};
    static const char *const u[4] = {"uint8_t", "uint16_t", "uint32_t", "uint64_t"};
    unsigned i = ty->bits == 8 ? 0 : ty->bits == 16 ? 1 : ty->bits == 32 ? 2 : 3;
    switch (ty->kind) {
    case TY_FIXED: return ty->is_signed ? s[i] : u[i];
    case TY_F32: return "float";
    case TY_REG: return "uintptr_t";
    default: return NULL;
    }
}

static const char *c_op(int64_t op) {
    switch (op) {
    case BINOP_ADD: return "+";
    case BINOP_SUB: return "-";
    case BINOP_MULT: return "*";
    case BINOP_DIV: return "/";
    case BINOP_BIT_AND: return "&";
    case BINOP_BIT_OR: return "|";
    case BINOP_BIT_XOR: return "^";
    default: return NULL;
    }
}

/* The unsigned type the arithmetic is done in: at least as wide as int,
 * so no promotion to signed int can overflow; 32 bits where that is
 * enough (cheaper on 32-bit cores). */
static const char *wide(const Type *ty) { return ty->bits <= 32 ? "uint32_t" : "uint64_t"; }

static void fix_bin(Emit *e, const IrIns *ins, const char *dst, const char *a, const char *b, const Type *ty) {
    const char *ct = emit_fixed_ctype(ty), *op = c_op(ins->imm);
    if (ty->kind == TY_F32) {
        if (ins->imm == BINOP_DIV) {
            fprintf(OUT, "    if (ADDER_UNLIKELY(%s == 0.0f && adder_raise_zero_division(\"float division by zero\") < 0",
                    b);
            emit_raise_tail(e, ins);
        }
        fprintf(OUT, "    %s = %s %s %s;\n", dst, a, op ? op : "+", b);
        return;
    }
    if (op) {
        const char *wt = wide(ty);
        fprintf(OUT, "    %s = (%s)((%s)%s %s (%s)%s);\n", dst, ct, wt, a, op, wt, b);
        return;
    }
    const char *fop = ins->imm == BINOP_FLOOR_DIV ? "ADDER_FIX_FLOORDIV"
                      : ins->imm == BINOP_MOD     ? "ADDER_FIX_MOD"
                      : ins->imm == BINOP_LSHIFT  ? "ADDER_FIX_LSHIFT"
                      : ins->imm == BINOP_RSHIFT  ? "ADDER_FIX_RSHIFT"
                                                  : "ADDER_FIX_POW";
    fprintf(OUT,
            "    {\n    uint64_t w_;\n    if (ADDER_UNLIKELY(adder_fix_bin(%s, %u, %d, (uint64_t)%s, (uint64_t)%s, "
            "&w_) < 0",
            fop, ty->bits, ty->is_signed, a, b);
    emit_raise_tail(e, ins);
    fprintf(OUT, "    %s = (%s)w_;\n    }\n", dst, ct);
}

static void fix_un(Emit *e, const IrIns *ins, const char *dst, const char *a, const Type *ty) {
    const char *ct = emit_fixed_ctype(ty);
    if (ty->kind == TY_F32) {
        if (ins->imm == 2)
            fprintf(OUT, "    %s = %s < 0.0f ? -%s : %s;\n", dst, a, a, a);
        else
            fprintf(OUT, "    %s = -%s;\n", dst, a);
        return;
    }
    const char *wt = wide(ty);
    if (ins->imm == 0)
        fprintf(OUT, "    %s = (%s)(0u - (%s)%s);\n", dst, ct, wt, a);
    else if (ins->imm == 1)
        fprintf(OUT, "    %s = (%s)~(%s)%s;\n", dst, ct, wt, a);
    else if (ty->is_signed)
        fprintf(OUT, "    %s = (%s)(%s < 0 ? 0u - (%s)%s : (%s)%s);\n", dst, ct, a, wt, a, wt, a);
    else
        fprintf(OUT, "    %s = %s;\n", dst, a);
}

static void convert(Emit *e, const IrIns *ins, const char *dst, const char *a, const Type *from, const Type *to) {
    bool ffloat = from->kind == TY_FLOAT || from->kind == TY_F32;
    if (to->kind == TY_FIXED && ffloat) {
        fprintf(OUT, "    {\n    uint64_t w_;\n    if (ADDER_UNLIKELY(adder_fix_from_f64((double)%s, &w_) < 0", a);
        emit_raise_tail(e, ins);
        fprintf(OUT, "    %s = (%s)w_;\n    }\n", dst, emit_fixed_ctype(to));
    } else if (to->kind == TY_FIXED || to->kind == TY_REG) {
        fprintf(OUT, "    %s = (%s)(uint64_t)%s;\n", dst, emit_fixed_ctype(to), a);
    } else if (to->kind == TY_F32) {
        fprintf(OUT, "    %s = (float)%s;\n", dst, a);
    } else if (to->kind == TY_FLOAT) {
        fprintf(OUT, "    %s = (double)%s;\n", dst, a);
    } else if (to->kind == TY_INT && from->kind == TY_F32) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_f64_to_i64((double)%s, &%s) < 0", a, dst);
        emit_raise_tail(e, ins);
    } else if (to->kind == TY_INT && from->kind == TY_FIXED && from->bits == 64 && !from->is_signed) {
        fprintf(OUT, "    if (ADDER_UNLIKELY(adder_fix_u64_to_i64(%s, &%s) < 0", a, dst);
        emit_raise_tail(e, ins);
    } else if (to->kind == TY_BOOL) {
        fprintf(OUT, "    %s = (%s != 0);\n", dst, a);
    } else {
        fprintf(OUT, "    %s = (int64_t)%s;\n", dst, a);
    }
}

static void reg_access(Emit *e, const IrIns *ins, const char *dst, const char *a, const char *b, const Type *reg) {
    char ptr[96];
    snprintf(ptr, sizeof ptr, "*(volatile uint%u_t *)%s", reg->bits, ins->rt ? ins->rt : a);
    if (ins->rt) /* constant address: the loaded global is left unused */
        fprintf(OUT, "    (void)%s;\n", a);
    if (ins->op == IR_REG_READ)
        fprintf(OUT, "    %s = %s;\n", dst, ptr);
    else if (ins->imm == 0)
        fprintf(OUT, "    %s = %s;\n", ptr, b);
    else
        fprintf(OUT, "    %s = (uint%u_t)(%s %s %s%s);\n", ptr, reg->bits, ptr, ins->imm == 1 ? "|" : "&",
                ins->imm == 1 ? "" : "~", b);
}

bool emit_fixed_may_raise(const IrFunc *fn, const IrIns *ins) {
    if (ins->op != IR_FIX_BIN && ins->op != IR_CONVERT)
        return true;
    if (ins->dst >= fn->nvals || !ins->nargs || ins->args[0] >= fn->nvals)
        return true;
    const Type *to = fn->vals[ins->dst].ty, *from = fn->vals[ins->args[0]].ty;
    if (ins->op == IR_FIX_BIN) /* as fix_bin() */
        return to->kind == TY_F32 ? ins->imm == BINOP_DIV : c_op(ins->imm) == NULL;
    bool ffloat = from->kind == TY_FLOAT || from->kind == TY_F32; /* as convert() */
    if (to->kind == TY_FIXED)
        return ffloat;
    return to->kind == TY_INT &&
           (from->kind == TY_F32 || (from->kind == TY_FIXED && from->bits == 64 && !from->is_signed));
}

void emit_fixed_ins(Emit *e, const IrIns *ins, const char *dst, const char *a, const char *b, const Type *ta,
                    const Type *tdst) {
    switch (ins->op) {
    case IR_FIX_BIN: fix_bin(e, ins, dst, a, b, tdst); return;
    case IR_FIX_UN: fix_un(e, ins, dst, a, tdst); return;
    case IR_CONVERT: convert(e, ins, dst, a, ta, tdst); return;
    case IR_REG_READ:
    case IR_REG_WRITE: reg_access(e, ins, dst, a, b, ta); return;
    default: return;
    }
}

void emit_fixed_externs(Emit *e, FILE *out) {
    const SemaModule *sm = e->m->sema;
    for (uint32_t i = 0; sm && i < sm->nfuncs; i++) {
        const FuncInfo *fn = sm->funcs[i];
        if (!fn->is_extern)
            continue;
        fprintf(out, "extern %s %s(", fn->ret->kind == TY_NONE ? "void" : emit_ctype(e, fn->ret), fn->cname);
        for (uint32_t k = 0; k < fn->nparams; k++)
            fprintf(out, "%s%s", k ? ", " : "", emit_ctype(e, fn->locals[k]->ty));
        fputs(fn->nparams ? ");\n" : "void);\n", out);
    }
}

/* ir/verify.c: the IR verifier.
 *
 * Checks, per function, the invariants stated in ir.h and ops.def:
 *  - every block is non-empty and ends in a terminator, and terminators
 *    appear nowhere else;
 *  - value references (dst, args) are < nvals, block references (jump and
 *    branch targets, unwind blocks of IRF_RAISE ops) are < nblocks, and
 *    an unwind block ends in UNWIND (this round has no try/except);
 *  - operand counts per op and the presence of a result where one is due;
 *  - simple types: int ops on ints, float ops on floats, BRANCH/NOT on
 *    bool, CMP/TRUTH/IS_NONE produce bool, reference-count ops on object
 *    slots, list ops on lists, RETURN matches the function's type.
 * Each violation is one line "verify: FUNC bN[i] op: what" on `out`; the
 * count is returned so drivers and tests can fail on nonzero. The verifier
 * never stops at the first error and never trusts what it checks. */
#include "ir/ir.h"

#include <stdarg.h>

/* Expected operand counts: ARGS_ANY for variadic ops. */
enum { ARGS_ANY = -1, ARGS_0_OR_1 = -2 };

typedef struct Verifier {
    FILE *out;
    const IrFunc *fn;
    uint32_t block, index;
    const IrIns *ins;
    uint32_t errors;
} Verifier;

static void fail(Verifier *v, const char *fmt, ...) ADDER_PRINTF(2, 3);
static void fail(Verifier *v, const char *fmt, ...) {
    v->errors++;
    if (!v->out)
        return;
    fprintf(v->out, "verify: %s", v->fn->name ? v->fn->name : "?");
    if (v->ins)
        fprintf(v->out, " b%u[%u] %s", v->block, v->index, ir_op_name(v->ins->op));
    fputs(": ", v->out);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(v->out, fmt, ap);
    va_end(ap);
    fputc('\n', v->out);
}

static int expected_args(IrOp op) {
    switch (op) {
    case IR_CONST_INT: case IR_CONST_FLOAT: case IR_CONST_BOOL: case IR_CONST_NONE:
    case IR_CONST_STR: case IR_NEW: case IR_GET_GLOBAL: case IR_LIST_NEW: case IR_EXC_MATCH:
    case IR_EXC_CLEAR: case IR_JUMP: case IR_UNWIND:
        return 0;
    case IR_MOV: case IR_INCREF: case IR_DECREF: case IR_CLEAR: case IR_NEG_I: case IR_INVERT_I:
    case IR_NEG_F: case IR_NOT: case IR_TRUTH: case IR_IS_NONE: case IR_I2F: case IR_B2I:
    case IR_F2I: case IR_TUPLE_GET: case IR_GET_FIELD: case IR_SET_GLOBAL: case IR_LIST_LEN:
    case IR_BRANCH: case IR_NONE_CHECK:
    case IR_FIX_UN: case IR_CONVERT: case IR_REG_READ: /* adder module */
        return 1;
    case IR_LIST_SET:
        return 3;
    case IR_TUPLE_NEW: case IR_CALL: case IR_CALL_RT:
        return ARGS_ANY;
    case IR_RAISE: case IR_RETURN:
        return ARGS_0_OR_1;
    default:
        return 2; /* binary arithmetic, CMP, SET_FIELD, INDEX_CHECK, LIST_GET, LIST_APPEND */
    }
}

/* Ops whose result slot is required (others have none, except CALL and
 * CALL_RT where it is optional). */
static bool needs_dst(IrOp op) {
    switch (op) {
    case IR_INCREF: case IR_DECREF: case IR_CLEAR: case IR_SET_FIELD: case IR_SET_GLOBAL: case IR_NONE_CHECK:
    case IR_LIST_SET: case IR_LIST_APPEND: case IR_RAISE: case IR_EXC_CLEAR: case IR_JUMP: case IR_REG_WRITE:
    case IR_BRANCH: case IR_RETURN: case IR_UNWIND: case IR_CALL: case IR_CALL_RT:
        return false;
    default:
        return true;
    }
}

static bool has_no_dst(IrOp op) {
    return !needs_dst(op) && op != IR_CALL && op != IR_CALL_RT;
}

static const Type *ty_of(Verifier *v, IrRef r) {
    return r < v->fn->nvals ? v->fn->vals[r].ty : NULL;
}

static void want_kind(Verifier *v, IrRef r, TypeKind k, const char *what) {
    const Type *ty = ty_of(v, r);
    if (ty && ty->kind != k)
        fail(v, "%s %%%u has the wrong type", what, r);
}

static void want_int_or_bool(Verifier *v, IrRef r) {
    const Type *ty = ty_of(v, r);
    if (ty && ty->kind != TY_INT && ty->kind != TY_BOOL)
        fail(v, "operand %%%u must be int or bool", r);
}

static void check_types(Verifier *v, const IrIns *ins) {
    IrOp op = ins->op;
    const IrRef *a = ins->args;
    switch (op) {
    case IR_ADD_I: case IR_SUB_I: case IR_MUL_I: case IR_FLOORDIV_I: case IR_MOD_I:
    case IR_POW_I: case IR_LSHIFT_I: case IR_RSHIFT_I: case IR_AND_I: case IR_OR_I:
    case IR_XOR_I:
        want_kind(v, a[0], TY_INT, "operand");
        want_kind(v, a[1], TY_INT, "operand");
        want_kind(v, ins->dst, TY_INT, "result");
        break;
    case IR_TRUEDIV_I:
        want_kind(v, a[0], TY_INT, "operand");
        want_kind(v, a[1], TY_INT, "operand");
        want_kind(v, ins->dst, TY_FLOAT, "result");
        break;
    case IR_NEG_I: case IR_INVERT_I:
        want_kind(v, a[0], TY_INT, "operand");
        want_kind(v, ins->dst, TY_INT, "result");
        break;
    case IR_ADD_F: case IR_SUB_F: case IR_MUL_F: case IR_DIV_F: case IR_FLOORDIV_F:
    case IR_MOD_F: case IR_POW_F:
        want_kind(v, a[0], TY_FLOAT, "operand");
        want_kind(v, a[1], TY_FLOAT, "operand");
        want_kind(v, ins->dst, TY_FLOAT, "result");
        break;
    case IR_NEG_F:
        want_kind(v, a[0], TY_FLOAT, "operand");
        want_kind(v, ins->dst, TY_FLOAT, "result");
        break;
    case IR_CONST_INT: want_kind(v, ins->dst, TY_INT, "result"); break;
    case IR_CONST_FLOAT: want_kind(v, ins->dst, TY_FLOAT, "result"); break;
    case IR_CONST_BOOL: want_kind(v, ins->dst, TY_BOOL, "result"); break;
    case IR_CONST_STR: want_kind(v, ins->dst, TY_STR, "result"); break;
    case IR_CMP: case IR_TRUTH: case IR_IS_NONE: case IR_EXC_MATCH:
        want_kind(v, ins->dst, TY_BOOL, "result");
        break;
    case IR_NOT:
        want_kind(v, a[0], TY_BOOL, "operand");
        want_kind(v, ins->dst, TY_BOOL, "result");
        break;
    case IR_BRANCH: want_kind(v, a[0], TY_BOOL, "condition"); break;
    case IR_I2F:
        want_int_or_bool(v, a[0]);
        want_kind(v, ins->dst, TY_FLOAT, "result");
        break;
    case IR_B2I:
        want_kind(v, a[0], TY_BOOL, "operand");
        want_kind(v, ins->dst, TY_INT, "result");
        break;
    case IR_F2I:
        want_kind(v, a[0], TY_FLOAT, "operand");
        want_kind(v, ins->dst, TY_INT, "result");
        break;
    case IR_INCREF: case IR_DECREF: case IR_CLEAR: case IR_NONE_CHECK:
        if (ty_of(v, a[0]) && !type_is_object(ty_of(v, a[0])))
            fail(v, "%%%u is not an object slot", a[0]);
        break;
    case IR_LIST_LEN: case IR_LIST_GET: case IR_LIST_SET: case IR_LIST_APPEND: {
        const Type *ty = ty_of(v, a[0]);
        if (ty && ty->kind != TY_LIST && ty->kind != TY_BYTEARRAY)
            fail(v, "%%%u is not a list", a[0]);
        if (op == IR_LIST_LEN)
            want_kind(v, ins->dst, TY_INT, "result");
        else if (op != IR_LIST_APPEND)
            want_kind(v, a[1], TY_INT, "index");
        break;
    }
    case IR_INDEX_CHECK: {
        const Type *ty = ty_of(v, a[0]);
        if (ty && ty->kind != TY_LIST && ty->kind != TY_BYTEARRAY && ty->kind != TY_STR)
            fail(v, "%%%u is not a sequence", a[0]);
        want_kind(v, a[1], TY_INT, "index");
        want_kind(v, ins->dst, TY_INT, "result");
        break;
    }
    case IR_TUPLE_GET: {
        const Type *ty = ty_of(v, a[0]);
        if (ty && (ty->kind != TY_TUPLE || ins->imm < 0 || ins->imm >= (int64_t)ty->nelems))
            fail(v, "bad tuple element %lld", (long long)ins->imm);
        break;
    }
    case IR_RETURN: {
        bool none = !v->fn->ret || v->fn->ret->kind == TY_NONE;
        if (none && ins->nargs)
            fail(v, "returns a value from a function returning None");
        else if (!none && !ins->nargs)
            fail(v, "returns nothing from a function returning a value");
        else if (ins->nargs && ty_of(v, a[0]) != v->fn->ret)
            fail(v, "return type mismatch");
        break;
    }
    default: break;
    }
}

static void check_refs(Verifier *v, const IrIns *ins) {
    const IrFunc *fn = v->fn;
    for (uint32_t i = 0; i < ins->nargs; i++)
        if (ins->args[i] >= fn->nvals)
            fail(v, "operand %u refers to %%%u, past %u values", i, ins->args[i], fn->nvals);
    if (ins->dst != IR_NONE && ins->dst >= fn->nvals)
        fail(v, "result %%%u is past %u values", ins->dst, fn->nvals);
    unsigned flags = ir_op_flags(ins->op);
    if (ins->op == IR_JUMP && ins->block[0] >= fn->nblocks)
        fail(v, "jump target b%u out of range", ins->block[0]);
    if (ins->op == IR_BRANCH && (ins->block[0] >= fn->nblocks || ins->block[1] >= fn->nblocks))
        fail(v, "branch target out of range");
    if (flags & IRF_RAISE) {
        if (ins->unwind >= fn->nblocks)
            fail(v, "unwind block b%u out of range", ins->unwind);
        else {
            const IrBlock *u = fn->blocks[ins->unwind];
            if (!u->nins || u->ins[u->nins - 1].op != IR_UNWIND)
                fail(v, "unwind block b%u does not end in unwind", ins->unwind);
        }
    }
}

static bool check_shape(Verifier *v, const IrIns *ins) {
    if ((unsigned)ins->op >= IR__COUNT) {
        fail(v, "unknown op %d", (int)ins->op);
        return false;
    }
    int want = expected_args(ins->op);
    if (want >= 0 && ins->nargs != (uint32_t)want)
        fail(v, "has %u operands, wants %d", ins->nargs, want);
    else if (want == ARGS_0_OR_1 && ins->nargs > 1)
        fail(v, "has %u operands, wants 0 or 1", ins->nargs);
    if (needs_dst(ins->op) && ins->dst == IR_NONE)
        fail(v, "has no result slot");
    if (has_no_dst(ins->op) && ins->dst != IR_NONE)
        fail(v, "must not have a result slot");
    if (ins->op == IR_CALL && !ins->fn)
        fail(v, "has no callee");
    if (ins->op == IR_CALL_RT && !ins->rt)
        fail(v, "has no runtime function name");
    if ((ins->op == IR_GET_FIELD || ins->op == IR_SET_FIELD) && !ins->field)
        fail(v, "has no field");
    if ((ins->op == IR_GET_GLOBAL || ins->op == IR_SET_GLOBAL) && !ins->sym)
        fail(v, "has no global symbol");
    if ((ins->op == IR_NEW || ins->op == IR_RAISE || ins->op == IR_EXC_MATCH) && !ins->cls)
        fail(v, "has no class");
    return true;
}

static void check_block(Verifier *v, const IrBlock *b) {
    v->ins = NULL;
    if (b->nins == 0) {
        fail(v, "block b%u is empty", v->block);
        return;
    }
    for (uint32_t i = 0; i < b->nins; i++) {
        const IrIns *ins = &b->ins[i];
        v->index = i;
        v->ins = ins;
        if (!check_shape(v, ins))
            continue;
        bool term = ir_op_flags(ins->op) & IRF_TERM;
        if (term && i + 1 != b->nins)
            fail(v, "terminator in the middle of a block");
        if (!term && i + 1 == b->nins)
            fail(v, "block does not end in a terminator");
        check_refs(v, ins);
        int want = expected_args(ins->op);
        bool counts_ok = want < 0 || ins->nargs == (uint32_t)want;
        bool refs_ok = true;
        for (uint32_t k = 0; k < ins->nargs; k++)
            refs_ok = refs_ok && ins->args[k] < v->fn->nvals;
        if (counts_ok && refs_ok && (ins->dst == IR_NONE || ins->dst < v->fn->nvals))
            check_types(v, ins);
    }
}

static uint32_t verify_func(FILE *out, const IrFunc *fn) {
    Verifier v = {.out = out, .fn = fn};
    if (fn->nblocks == 0)
        fail(&v, "function has no blocks");
    if (fn->nparams > fn->nvals)
        fail(&v, "more parameters than values");
    for (uint32_t i = 0; i < fn->nparams && i < fn->nvals; i++)
        if (fn->vals[i].kind != IRV_PARAM)
            fail(&v, "value %%%u is not a parameter", i);
    for (uint32_t i = 0; i < fn->nblocks; i++) {
        v.block = i;
        if (fn->blocks[i]->id != i)
            fail(&v, "block %u has id %u", i, fn->blocks[i]->id);
        check_block(&v, fn->blocks[i]);
    }
    return v.errors;
}

uint32_t ir_verify_module(FILE *out, const IrModule *m) {
    uint32_t errors = 0;
    for (uint32_t i = 0; i < m->nfuncs; i++)
        errors += verify_func(out, m->funcs[i]);
    if (m->init) {
        bool listed = false;
        for (uint32_t i = 0; i < m->nfuncs; i++)
            listed = listed || m->funcs[i] == m->init;
        if (!listed)
            errors += verify_func(out, m->init);
    }
    return errors;
}

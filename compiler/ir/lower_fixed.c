/* ir/lower_fixed.c: lowering of the `adder` module's types — fixed-width
 * integers, f32, registers — to the FIX_BIN, FIX_UN, CONVERT, REG_READ and
 * REG_WRITE ops (ops.def).
 *
 * An int literal operand of a fixed-width operation has AST type int (sema
 * checked it is in range) and is converted to the operation's type here, so
 * every FIX_BIN has three operands of one type. Printing converts to int
 * (or, for u64, calls the runtime's unsigned formatting) and f32 to float. */
#include "ir/lower_rt.h"

#include <inttypes.h>
#include <stdio.h>

static const Type *ty_of_ref(Lower *L, IrRef r) { return L->fn->vals[r].ty; }

static bool is_fix(const Type *ty) { return ty->kind == TY_FIXED || ty->kind == TY_F32; }

bool lower_fixed_involved(const Type *a, const Type *b) { return is_fix(a) || is_fix(b); }

IrRef lower_fixed_convert(Lower *L, IrRef v, const Type *want) {
    if (ty_of_ref(L, v) == want)
        return v;
    IrRef r = lower_temp(L, want);
    lower_ins1(L, IR_CONVERT, r, v);
    return r;
}

IrRef lower_fixed_arith(Lower *L, AstBinOp op, IrRef a, IrRef b, const Type *ty) {
    const Type *ta = ty_of_ref(L, a), *tb = ty_of_ref(L, b);
    const Type *opty = is_fix(ta) ? ta : tb;
    if (ty->kind == TY_FLOAT) { /* fixed / fixed */
        IrRef r = lower_temp(L, ty);
        lower_ins2(L, IR_DIV_F, r, lower_fixed_convert(L, a, ty), lower_fixed_convert(L, b, ty));
        return r;
    }
    IrRef r = lower_temp(L, opty);
    lower_ins2(L, IR_FIX_BIN, r, lower_fixed_convert(L, a, opty), lower_fixed_convert(L, b, opty))->imm = op;
    return r;
}

IrRef lower_fixed_unary(Lower *L, int kind, IrRef v) {
    IrRef r = lower_temp(L, ty_of_ref(L, v));
    lower_ins1(L, IR_FIX_UN, r, v)->imm = kind;
    return r;
}

/* The value to print or format in place of a fixed/f32 value. */
IrRef lower_fixed_printable(Lower *L, IrRef v) {
    const Type *ty = ty_of_ref(L, v);
    if (ty->kind == TY_F32)
        return lower_fixed_convert(L, v, L->tt->float_);
    if (ty->bits == 64 && !ty->is_signed)
        return lower_call_rt(L, "adder_str_from_u64", IR_ERR_NULL, L->tt->str, 1, &v);
    return lower_fixed_convert(L, v, L->tt->int_);
}

static IrRef arg0(Lower *L, SemaRef *ref) { return lower_expr(L, ref->args[0]); }

IrRef lower_fixed_builtin(Lower *L, AstExpr *e, SemaRef *ref, IrRef recv) {
    BuiltinId id = ref->builtin;
    if (id >= BI_REG_READ && id <= BI_REG_CLEAR_BITS) {
        const Type *vt = types_fixed(L->tt, ty_of_ref(L, recv)->bits, false);
        if (id == BI_REG_READ) {
            IrRef r = lower_temp(L, vt);
            lower_ins1(L, IR_REG_READ, r, recv);
            return r;
        }
        IrRef v = lower_fixed_convert(L, arg0(L, ref), vt);
        lower_ins2(L, IR_REG_WRITE, IR_NONE, recv, v)->imm = id - BI_REG_WRITE;
        return IR_NONE;
    }
    if (ref->nargs == 0) { /* u8() == 0 */
        IrRef z = lower_const_int(L, 0);
        return lower_fixed_convert(L, z, e->ty);
    }
    return lower_fixed_convert(L, arg0(L, ref), e->ty);
}

bool lower_fixed_is_builtin(BuiltinId id) {
    return (id >= BI_ADDER_U8 && id <= BI_ADDER_REG32 && id != BI_ADDER_EXTERN) ||
           (id >= BI_REG_READ && id <= BI_REG_CLEAR_BITS);
}

/* ---- constant register addresses ----
 * `R = Reg32(0x40000000)` at module level, R never assigned again: every
 * R.read()/R.write() gets the address as a C literal in IrIns.rt (see
 * ops.def), so the access is `*(volatile uint32_t *)0x40000000u` with no
 * load of the global. An int global assigned once from a literal
 * (`BASE = 0x40000000; R = Reg32(BASE)`) counts as a constant too. */

enum { FOLD_MAX_GLOBALS = 256, FOLD_ADDR_TEXT = 24 };

typedef struct GlobalSet {
    Symbol *sym;
    uint32_t count;
    IrBlock *block;  /* of the one store, in the module body */
    uint32_t index;
} GlobalSet;

typedef struct Fold {
    IrModule *m;
    GlobalSet sets[FOLD_MAX_GLOBALS];
    uint32_t nsets;
    bool overflow;
} Fold;

static GlobalSet *set_of(Fold *f, Symbol *sym, bool add) {
    for (uint32_t i = 0; i < f->nsets; i++)
        if (f->sets[i].sym == sym)
            return &f->sets[i];
    if (!add)
        return NULL;
    if (f->nsets == FOLD_MAX_GLOBALS) {
        f->overflow = true;
        return NULL;
    }
    f->sets[f->nsets] = (GlobalSet){sym, 0, NULL, 0};
    return &f->sets[f->nsets++];
}

/* The instruction before b->ins[before] that last assigns slot, or NULL. */
static const IrIns *def_of(const IrBlock *b, uint32_t before, IrRef slot) {
    for (uint32_t i = before; i-- > 0;)
        if (b->ins[i].dst == slot)
            return &b->ins[i];
    return NULL;
}

static bool const_global(Fold *f, Symbol *sym, int64_t *v, int depth);

/* slot, just before b->ins[before], holds a known int constant. */
static bool const_slot(Fold *f, const IrBlock *b, uint32_t before, IrRef slot, int64_t *v, int depth) {
    const IrIns *d = def_of(b, before, slot);
    if (!d || depth > 4)
        return false;
    switch (d->op) {
    case IR_CONST_INT: *v = d->imm; return true;
    case IR_GET_GLOBAL: return d->sym && const_global(f, d->sym, v, depth + 1);
    case IR_CONVERT:
    case IR_MOV: return d->nargs == 1 && const_slot(f, b, (uint32_t)(d - b->ins), d->args[0], v, depth + 1);
    default: return false;
    }
}

static bool const_global(Fold *f, Symbol *sym, int64_t *v, int depth) {
    GlobalSet *gs = set_of(f, sym, false);
    if (!gs || gs->count != 1 || !gs->block)
        return false;
    const IrIns *st = &gs->block->ins[gs->index];
    return st->nargs == 1 && const_slot(f, gs->block, gs->index, st->args[0], v, depth);
}

static void count_sets(Fold *f) {
    for (uint32_t fi = 0; fi < f->m->nfuncs; fi++) {
        IrFunc *fn = f->m->funcs[fi];
        for (uint32_t bi = 0; bi < fn->nblocks; bi++)
            for (uint32_t i = 0; i < fn->blocks[bi]->nins; i++) {
                IrIns *ins = &fn->blocks[bi]->ins[i];
                if (ins->op != IR_SET_GLOBAL || !ins->sym)
                    continue;
                GlobalSet *gs = set_of(f, ins->sym, true);
                if (!gs)
                    continue;
                gs->count++;
                gs->block = fn == f->m->init ? fn->blocks[bi] : NULL;
                gs->index = i;
            }
    }
}

void lower_fixed_fold_regs(IrModule *m) {
    Fold *f = arena_new(m->arena, Fold);
    f->m = m;
    count_sets(f);
    if (f->overflow)
        return; /* too many globals to be sure: keep the loads */
    for (uint32_t fi = 0; fi < m->nfuncs; fi++) {
        IrFunc *fn = m->funcs[fi];
        for (uint32_t bi = 0; bi < fn->nblocks; bi++) {
            IrBlock *b = fn->blocks[bi];
            for (uint32_t i = 0; i < b->nins; i++) {
                IrIns *ins = &b->ins[i];
                int64_t addr;
                if ((ins->op != IR_REG_READ && ins->op != IR_REG_WRITE) || !ins->nargs)
                    continue;
                const IrIns *d = def_of(b, i, ins->args[0]);
                if (!d || d->op != IR_GET_GLOBAL || !d->sym || !const_global(f, d->sym, &addr, 0))
                    continue;
                char *text = arena_alloc(m->arena, FOLD_ADDR_TEXT);
                snprintf(text, FOLD_ADDR_TEXT, "0x%" PRIx64 "u", (uint64_t)addr);
                ins->rt = text;
            }
        }
    }
}

/* ir/lower.c: typed AST to IR — functions, the module body, and the
 * instruction and reference-count helpers lower_expr.c and lower_stmt.c
 * share.
 *
 * Each FuncInfo becomes one IrFunc: vals[0..nparams) are the parameters,
 * then one IRV_LOCAL per other FuncInfo local (so a Symbol's index is its
 * slot), then temporaries. Block b0 is the entry, b1 the shared unwind
 * block, b2 the shared exit block; statements fill the blocks after them.
 * `return x` moves x into the `retval` slot and jumps to the exit block.
 *
 * Reference counting — the one rule: every object-typed slot (parameter,
 * local, temporary) is NULL or holds ONE OWNED reference, at every
 * instruction boundary.
 *  - Expression results are owned temps: reads of locals, globals, fields
 *    and list elements are MOV/GET + INCREF; calls, constructors, runtime
 *    functions and LIST_NEW return new references; string literals are
 *    immortal, so treating them as owned is harmless.
 *  - A temp is consumed by exactly one of: release (DECREF + CLEAR, after
 *    it was passed as a borrowed argument or tested), a move into a slot
 *    (DECREF the slot's old value, MOV, CLEAR the temp), a move into a
 *    container (GET old + DECREF old + SET, then CLEAR the temp), or
 *    LIST_APPEND (the list takes its own reference; the temp is released).
 *    CLEAR after a move is what keeps "one slot, one reference" true, so
 *    the exit paths can DECREF every object slot blindly.
 *  - Parameters are borrowed from the caller: the entry block INCREFs each
 *    object parameter, so parameters are owned slots like locals.
 *  - The exit block DECREFs every object slot but `retval`, whose
 *    reference moves to the caller; the unwind block DECREFs all of them
 *    and ends in UNWIND. DECREF accepts NULL.
 * Tuples are unboxed structs with no count of their own: a tuple value
 * owns one reference to each object element (at any depth). Copying one
 * (reading a local, global, field or list element) INCREFs the elements,
 * releasing one DECREFs them, unpacking moves them out. Parameter, local
 * and return slots of such tuple types are set to a tuple of NULLs at
 * entry (the emitter does not zero tuple slots) and released at exit;
 * tuple temps are not, so one in flight when an exception unwinds leaks.
 * Passes later remove the redundant INCREF/DECREF pairs. */
#include "ir/lower_rt.h"

#include <string.h>

/* ---- instruction helpers ---- */

IrRef lower_temp(Lower *L, const Type *ty) {
    return ir_val_new(L->m, L->fn, IRV_TEMP, ty, NULL);
}

IrIns *lower_ins(Lower *L, IrOp op, IrRef dst, uint32_t nargs, const IrRef *args) {
    IrIns ins = {.op = op, .dst = dst, .args = (IrRef *)args, .nargs = nargs, .span = L->span};
    if (ir_op_flags(op) & IRF_RAISE)
        ins.unwind = L->unwind->id;
    return ir_emit(L->m, L->cur, &ins);
}

IrIns *lower_ins0(Lower *L, IrOp op, IrRef dst) {
    return lower_ins(L, op, dst, 0, NULL);
}

IrIns *lower_ins1(Lower *L, IrOp op, IrRef dst, IrRef a) {
    return lower_ins(L, op, dst, 1, &a);
}

IrIns *lower_ins2(Lower *L, IrOp op, IrRef dst, IrRef a, IrRef b) {
    IrRef args[2] = {a, b};
    return lower_ins(L, op, dst, 2, args);
}

IrRef lower_const_int(Lower *L, int64_t v) {
    IrRef r = lower_temp(L, L->tt->int_);
    lower_ins0(L, IR_CONST_INT, r)->imm = v;
    return r;
}

IrRef lower_const_bool(Lower *L, bool v) {
    IrRef r = lower_temp(L, L->tt->bool_);
    lower_ins0(L, IR_CONST_BOOL, r)->imm = v;
    return r;
}

IrRef lower_call_rt(Lower *L, const char *rt, IrErrConv conv, const Type *ty, uint32_t nargs,
                    const IrRef *args) {
    IrRef dst = ty && ty->kind != TY_NONE ? lower_temp(L, ty) : IR_NONE;
    IrIns *ins = lower_ins(L, IR_CALL_RT, dst, nargs, args);
    ins->rt = rt;
    ins->errconv = conv;
    return dst;
}

IrBlock *lower_block(Lower *L) {
    return ir_block_new(L->m, L->fn);
}

void lower_start(Lower *L, IrBlock *b) {
    ADDER_ASSERT(ir_block_terminated(L->cur), "previous block not terminated");
    L->cur = b;
}

void lower_jump(Lower *L, IrBlock *to) {
    lower_ins0(L, IR_JUMP, IR_NONE)->block[0] = to->id;
}

void lower_branch(Lower *L, IrRef cond, IrBlock *then, IrBlock *els) {
    IrIns *ins = lower_ins1(L, IR_BRANCH, IR_NONE, cond);
    ins->block[0] = then->id;
    ins->block[1] = els->id;
}

/* ---- reference counts ---- */

/* INCREFs or DECREFs (op) the object elements of a tuple value, at any
 * depth: a tuple copied from elsewhere, or an owned one being released. */
static void tuple_refs(Lower *L, IrRef r, const Type *ty, IrOp op) {
    for (uint32_t i = 0; i < ty->nelems; i++) {
        const Type *et = ty->elems[i];
        if (!type_has_objects(et))
            continue;
        IrRef e = lower_temp(L, et);
        lower_ins1(L, IR_TUPLE_GET, e, r)->imm = i;
        if (type_is_object(et)) {
            lower_ins1(L, op, IR_NONE, e);
            lower_ins1(L, IR_CLEAR, IR_NONE, e);
        } else {
            tuple_refs(L, e, et, op);
        }
    }
}

/* dst <- a tuple of zeros / NULLs, so that releasing it is harmless
 * (the emitter does not zero tuple slots). */
static void zero_tuple(Lower *L, IrRef dst, const Type *ty) {
    IrRef *elems = arena_array(L->m->arena, IrRef, ty->nelems ? ty->nelems : 1);
    for (uint32_t i = 0; i < ty->nelems; i++) {
        const Type *et = ty->elems[i];
        IrRef e = lower_temp(L, et);
        switch (et->kind) {
        case TY_INT: lower_ins0(L, IR_CONST_INT, e)->imm = 0; break;
        case TY_BOOL: lower_ins0(L, IR_CONST_BOOL, e)->imm = 0; break;
        case TY_FLOAT: lower_ins0(L, IR_CONST_FLOAT, e)->fimm = 0.0; break;
        case TY_TUPLE: zero_tuple(L, e, et); break;
        default: lower_ins0(L, IR_CONST_NONE, e); break;
        }
        elems[i] = e;
    }
    lower_ins(L, IR_TUPLE_NEW, dst, ty->nelems, elems);
}

/* Slots whose tuple value is owned across statements (released when
 * overwritten and at exit): parameters, locals and the return slot. */
static bool owns_tuple(Lower *L, IrRef r) {
    const Type *ty = L->fn->vals[r].ty;
    return ty->kind == TY_TUPLE && type_has_objects(ty) &&
           (L->fn->vals[r].kind != IRV_TEMP || r == L->retval);
}

void lower_release(Lower *L, IrRef r) {
    if (r == IR_NONE)
        return;
    const Type *ty = L->fn->vals[r].ty;
    if (type_is_object(ty)) {
        lower_ins1(L, IR_DECREF, IR_NONE, r);
        lower_ins1(L, IR_CLEAR, IR_NONE, r);
    } else if (type_has_objects(ty)) {
        tuple_refs(L, r, ty, IR_DECREF);
    }
}

void lower_move_into(Lower *L, IrRef dst, IrRef r) {
    const Type *ty = L->fn->vals[dst].ty;
    if (type_is_object(ty))
        lower_ins1(L, IR_DECREF, IR_NONE, dst);
    else if (owns_tuple(L, dst))
        tuple_refs(L, dst, ty, IR_DECREF);
    lower_ins1(L, IR_MOV, dst, r);
    if (type_is_object(L->fn->vals[r].ty))
        lower_ins1(L, IR_CLEAR, IR_NONE, r);
}

IrRef lower_own(Lower *L, IrRef borrowed, const Type *ty) {
    IrRef r = lower_temp(L, ty);
    lower_ins1(L, IR_MOV, r, borrowed);
    return lower_take(L, r);
}

IrRef lower_take(Lower *L, IrRef borrowed) {
    const Type *ty = L->fn->vals[borrowed].ty;
    if (type_is_object(ty))
        lower_ins1(L, IR_INCREF, IR_NONE, borrowed);
    else if (type_has_objects(ty))
        tuple_refs(L, borrowed, ty, IR_INCREF);
    return borrowed;
}


IrRef lower_coerce(Lower *L, IrRef r, const Type *want) {
    if (r == IR_NONE) {
        if (!want || want->kind != TY_OPTIONAL)
            return r;
        IrRef n = lower_temp(L, want);
        lower_ins0(L, IR_CONST_NONE, n);
        return n;
    }
    if (!want || want->kind == TY_NONE)
        return r;
    const Type *have = L->fn->vals[r].ty;
    if (have == want)
        return r;
    if ((lower_fixed_involved(want, have) || want->kind == TY_REG) && have->kind != TY_NONE) /* B */
        return lower_fixed_convert(L, r, want);
    if (want->kind == TY_FLOAT && (have->kind == TY_INT || have->kind == TY_BOOL)) {
        IrRef f = lower_temp(L, want);
        lower_ins1(L, IR_I2F, f, r);
        return f;
    }
    if (want->kind == TY_INT && have->kind == TY_BOOL) {
        IrRef i = lower_temp(L, want);
        lower_ins1(L, IR_B2I, i, r);
        return i;
    }
    if (want->kind == TY_OPTIONAL && have->kind == TY_NONE) {
        IrRef n = lower_temp(L, want);
        lower_ins0(L, IR_CONST_NONE, n);
        return n;
    }
    /* Same C representation (C -> C | None, or structurally equal types):
     * move the reference to a slot of the wanted type. */
    IrRef n = lower_temp(L, want);
    lower_ins1(L, IR_MOV, n, r);
    if (type_is_object(have))
        lower_ins1(L, IR_CLEAR, IR_NONE, r);
    return n;
}

const char *lower_elem_kind(const Type *elem) {
    switch (elem ? elem->kind : TY_ERROR) {
    case TY_INT: return "i64";
    case TY_FLOAT: return "f64";
    case TY_BOOL: return "bool";
    case TY_STR: return "str";
    default: return "obj";
    }
}

/* "prefix_<k>" in the module arena. */
const char *lower_rt_name(Lower *L, const char *prefix, const Type *elem) {
    const char *k = lower_elem_kind(elem);
    size_t n = strlen(prefix), kn = strlen(k);
    char *s = arena_alloc(L->m->arena, n + kn + 2);
    memcpy(s, prefix, n);
    s[n] = '_';
    memcpy(s + n + 1, k, kn + 1);
    return s;
}

const Type *lower_optional_str(Lower *L) {
    return types_optional(L->tt, L->tt->str);
}

bool lower_enter(Lower *L, Span span) {
    if (L->depth >= LOWER_MAX_DEPTH) {
        if (!L->failed)
            diag_error(L->cx->diag, span, "expression nested too deeply (limit %d)", LOWER_MAX_DEPTH);
        L->failed = true;
        return false;
    }
    L->depth++;
    return true;
}

void lower_leave(Lower *L) {
    L->depth--;
}

/* ---- functions ---- */

static void finish_exit(Lower *L) {
    IrFunc *fn = L->fn;
    uint32_t nvals = fn->nvals;
    L->cur = L->unwind;
    for (IrRef r = 0; r < nvals; r++) {
        if (type_is_object(fn->vals[r].ty))
            lower_ins1(L, IR_DECREF, IR_NONE, r);
        else if (owns_tuple(L, r))
            tuple_refs(L, r, fn->vals[r].ty, IR_DECREF);
    }
    lower_ins0(L, IR_UNWIND, IR_NONE);
    L->cur = L->exit;
    for (IrRef r = 0; r < nvals; r++) {
        if (r == L->retval)
            continue;
        if (type_is_object(fn->vals[r].ty))
            lower_ins1(L, IR_DECREF, IR_NONE, r);
        else if (owns_tuple(L, r))
            tuple_refs(L, r, fn->vals[r].ty, IR_DECREF);
    }
    if (L->retval != IR_NONE)
        lower_ins1(L, IR_RETURN, IR_NONE, L->retval);
    else
        lower_ins0(L, IR_RETURN, IR_NONE);
}

static IrFunc *lower_func(Lower *L, FuncInfo *info, const AstStmtList *body, Span span) {
    const Type *ret = info->ret ? info->ret : L->tt->none;
    const char *name = info->cname ? info->cname : info->name;
    IrFunc *fn = ir_func_new(L->m, info, name, ret);
    L->fn = fn;
    L->info = info;
    L->nloops = 0;
    L->depth = 0;
    L->span = span;
    for (uint32_t i = 0; i < info->nlocals; i++) {
        Symbol *sym = info->locals[i];
        IrValKind kind = i < info->nparams ? IRV_PARAM : IRV_LOCAL;
        ir_val_new(L->m, fn, kind, sym->ty, sym->name);
    }
    L->retval = ret->kind == TY_NONE ? IR_NONE : ir_val_new(L->m, fn, IRV_TEMP, ret, NULL);
    IrBlock *entry = lower_block(L);
    L->unwind = lower_block(L);
    L->exit = lower_block(L);
    L->cur = entry;
    for (uint32_t i = 0; i < info->nparams; i++)
        lower_take(L, i);
    for (IrRef r = info->nparams; r < fn->nvals; r++)
        if (owns_tuple(L, r))
            zero_tuple(L, r, fn->vals[r].ty);
    lower_stmts(L, body);
    if (!ir_block_terminated(L->cur))
        lower_jump(L, L->exit);
    finish_exit(L);
    return fn;
}

IrModule *ir_lower_module(LowerCtx *cx, const SemaModule *sema, const AstModule *mod) {
    IrModule *m = ir_module_new(cx->arena, sema, cx->src ? cx->src->path : NULL);
    m->src = cx->src;
    Lower L = {.cx = cx, .m = m, .sema = sema, .tt = sema->types};
    for (uint32_t i = 0; i < sema->nfuncs; i++) {
        FuncInfo *info = sema->funcs[i];
        if (!info->def || info->is_extern) /* @extern: a C function of the firmware */
            continue;
        lower_func(&L, info, &info->def->as.funcdef.body, info->def->span);
    }
    if (sema->body) {
        Span start = mod->body.n ? mod->body.items[0]->span : (Span){0, 0};
        m->init = lower_func(&L, sema->body, &mod->body, start);
    }
    if (!L.failed)
        lower_fixed_fold_regs(m); /* constant register addresses */
    return L.failed ? NULL : m;
}

/* ir/lower_stmt.c: statements, assignment targets and loops to IR.
 *
 * Control flow: if/elif/else and while/else branch on a bool condition;
 * each loop pushes its (continue, break) blocks on L->loops, and `else`
 * runs when the loop ends without `break`. After a terminator (return,
 * break, continue, raise) lowering continues in a fresh unreachable block,
 * so code after it still has somewhere to go.
 *
 * for loops never allocate an iterator:
 *  - range(a[, b[, c]]) is a counted loop on a hidden counter (the target
 *    gets a copy, so assigning it in the body does not change the
 *    iteration); a non-constant step is tested for zero (ValueError) and
 *    its sign picks `<` or `>` at run time;
 *  - a list, bytearray or str is walked by index, re-reading the length
 *    every iteration as CPython's iterators do; enumerate(s[, start]),
 *    zip(a, b) and reversed(l) are index loops too.
 * Stores (lower_store) consume an owned value: locals by DECREF old + MOV,
 * fields / list elements / globals by GET old + DECREF old + SET (the
 * container takes the reference), tuples by moving each element out. */
#include "ir/lower_rt.h"

static const Type *ty_of(Lower *L, IrRef r) {
    return r == IR_NONE ? L->tt->none : L->fn->vals[r].ty;
}

/* Continues in a fresh (unreachable) block after a terminator. */
static void dead_block(Lower *L) {
    L->cur = lower_block(L);
}

static bool push_loop(Lower *L, IrBlock *cont, IrBlock *brk, Span span) {
    if (L->nloops >= LOWER_MAX_LOOPS) {
        if (!L->failed)
            diag_error(L->cx->diag, span, "too many nested loops (limit %d)", LOWER_MAX_LOOPS);
        L->failed = true;
        return false;
    }
    L->loops[L->nloops++] = (LoopTargets){cont, brk};
    return true;
}

/* ---- stores ---- */

static IrRef cmp_int(Lower *L, AstCmpOp op, IrRef a, IrRef b) {
    IrRef r = lower_temp(L, L->tt->bool_);
    lower_ins2(L, IR_CMP, r, a, b)->imm = op;
    return r;
}


static void store_global(Lower *L, Symbol *sym, IrRef r) {
    IrRef v = lower_coerce(L, r, sym->ty);
    if (type_has_objects(sym->ty)) {
        IrRef old = lower_temp(L, sym->ty);
        lower_ins0(L, IR_GET_GLOBAL, old)->sym = sym;
        lower_release(L, old);
    }
    lower_ins1(L, IR_SET_GLOBAL, IR_NONE, v)->sym = sym;
    if (type_is_object(sym->ty))
        lower_ins1(L, IR_CLEAR, IR_NONE, v);
}

static void lower_set_field(Lower *L, IrRef obj, FieldInfo *field, IrRef r) {
    IrRef v = lower_coerce(L, r, field->ty);
    if (type_has_objects(field->ty)) {
        IrRef old = lower_temp(L, field->ty);
        lower_ins1(L, IR_GET_FIELD, old, obj)->field = field;
        lower_release(L, old);
    }
    lower_ins2(L, IR_SET_FIELD, IR_NONE, obj, v)->field = field;
    if (type_is_object(field->ty))
        lower_ins1(L, IR_CLEAR, IR_NONE, v);
}

/* seq[n] = r for a normalized index n (consumes r). */
static void lower_set_item(Lower *L, IrRef seq, IrRef n, IrRef r) {
    const Type *ty = ty_of(L, seq);
    if (ty->kind == TY_BYTEARRAY) {
        IrRef args[3] = {seq, n, lower_coerce(L, r, L->tt->int_)};
        lower_call_rt(L, "adder_bytearray_set", IR_ERR_NEG, NULL, 3, args);
        return;
    }
    IrRef v = lower_coerce(L, r, ty->elem);
    if (type_has_objects(ty->elem)) {
        IrRef old = lower_temp(L, ty->elem);
        lower_ins2(L, IR_LIST_GET, old, seq, n);
        lower_release(L, old);
    }
    IrRef args[3] = {seq, n, v};
    lower_ins(L, IR_LIST_SET, IR_NONE, 3, args);
    if (type_is_object(ty->elem))
        lower_ins1(L, IR_CLEAR, IR_NONE, v);
}

static void store_subscript(Lower *L, AstExpr *target, IrRef r) {
    IrRef seq = lower_expr(L, target->as.subscript.value);
    IrRef i = lower_expr_as(L, target->as.subscript.slice, L->tt->int_);
    IrRef n = lower_temp(L, L->tt->int_);
    lower_ins2(L, IR_INDEX_CHECK, n, seq, i)->imm = 1;
    lower_set_item(L, seq, n, r);
    lower_release(L, seq);
}

/* a, b = some_list: the length must match (ValueError as CPython). */
static void unpack_list(Lower *L, AstExpr *target, IrRef r) {
    uint32_t k = target->as.seq.elts.n;
    IrRef n = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_LIST_LEN, n, r);
    IrRef want = lower_const_int(L, k);
    IrBlock *bad = lower_block(L), *good = lower_block(L);
    lower_branch(L, cmp_int(L, CMPOP_EQ, n, want), good, bad);
    lower_start(L, bad);
    IrRef args[2] = {n, want};
    lower_call_rt(L, "adder_raise_unpack_error", IR_ERR_NEG, NULL, 2, args);
    lower_jump(L, good);
    lower_start(L, good);
    const Type *et = ty_of(L, r)->elem;
    for (uint32_t i = 0; i < k; i++) {
        IrRef el = lower_temp(L, et);
        lower_ins2(L, IR_LIST_GET, el, r, lower_const_int(L, i));
        lower_store(L, target->as.seq.elts.items[i], lower_take(L, el));
    }
    lower_release(L, r);
}

static void store_unpack(Lower *L, AstExpr *target, IrRef r) {
    const Type *ty = ty_of(L, r);
    if (ty->kind == TY_LIST) {
        unpack_list(L, target, r);
        return;
    }
    ADDER_ASSERT(ty->kind == TY_TUPLE, "unpacking a non-tuple");
    for (uint32_t i = 0; i < target->as.seq.elts.n && i < ty->nelems; i++)
        lower_store(L, target->as.seq.elts.items[i], lower_tuple_get(L, r, i));
}

void lower_store(Lower *L, AstExpr *target, IrRef r) {
    Span saved = L->span;
    L->span = target->span;
    switch (target->kind) {
    case AST_NAME: {
        SemaRef *ref = target->ref;
        ADDER_ASSERT(ref != NULL, "store target without a ref");
        if (ref->kind == REF_GLOBAL) {
            store_global(L, ref->sym, r);
        } else {
            IrRef slot = ref->sym->index;
            lower_move_into(L, slot, lower_coerce(L, r, L->fn->vals[slot].ty));
        }
        break;
    }
    case AST_ATTRIBUTE: {
        IrRef obj = lower_receiver(L, target->as.attribute.value, target->ref->field->name);
        lower_set_field(L, obj, target->ref->field, r);
        lower_release(L, obj);
        break;
    }
    case AST_SUBSCRIPT: store_subscript(L, target, r); break;
    case AST_TUPLE:
    case AST_LIST: store_unpack(L, target, r); break;
    default:
        diag_error(L->cx->diag, target->span, "cannot lower this assignment target");
        L->failed = true;
    }
    L->span = saved;
}

/* ---- assignments ---- */

static void assign(Lower *L, AstStmt *s) {
    IrRef v = lower_expr(L, s->as.assign.value);
    uint32_t n = s->as.assign.targets.n;
    for (uint32_t i = 0; i < n; i++) {
        IrRef copy = i + 1 < n ? lower_own(L, v, ty_of(L, v)) : v;
        lower_store(L, s->as.assign.targets.items[i], copy);
    }
}

static const Type *target_type(Lower *L, AstExpr *t) {
    if (t->kind == AST_NAME && t->ref)
        return t->ref->kind == REF_GLOBAL ? t->ref->sym->ty : L->fn->vals[t->ref->sym->index].ty;
    if (t->kind == AST_ATTRIBUTE && t->ref && t->ref->field)
        return t->ref->field->ty;
    return t->ty;
}

/* x op= v: the target's parts are evaluated once; list += extends in place. */
static void augassign(Lower *L, AstStmt *s) {
    AstExpr *t = s->as.augassign.target;
    AstBinOp op = s->as.augassign.op;
    const Type *ty = target_type(L, t);
    if (t->kind == AST_SUBSCRIPT) {
        IrRef seq = lower_expr(L, t->as.subscript.value);
        IrRef i = lower_expr_as(L, t->as.subscript.slice, L->tt->int_);
        IrRef n = lower_temp(L, L->tt->int_);
        lower_ins2(L, IR_INDEX_CHECK, n, seq, i)->imm = 0;
        const Type *sty = ty_of(L, seq);
        const Type *et = sty->kind == TY_BYTEARRAY ? L->tt->int_ : sty->elem;
        IrRef el = lower_temp(L, et);
        lower_ins2(L, IR_LIST_GET, el, seq, n);
        IrRef cur = lower_take(L, el);
        IrRef v = lower_expr(L, s->as.augassign.value);
        lower_set_item(L, seq, n, lower_arith(L, op, cur, v, et));
        lower_release(L, seq);
        return;
    }
    if (t->kind == AST_ATTRIBUTE) {
        FieldInfo *f = t->ref->field;
        IrRef obj = lower_receiver(L, t->as.attribute.value, f->name);
        IrRef raw = lower_temp(L, f->ty);
        lower_ins1(L, IR_GET_FIELD, raw, obj)->field = f;
        IrRef cur = lower_take(L, raw);
        IrRef v = lower_expr(L, s->as.augassign.value);
        lower_set_field(L, obj, f, lower_arith(L, op, cur, v, f->ty));
        lower_release(L, obj);
        return;
    }
    IrRef cur = lower_load_name(L, t);
    IrRef v = lower_expr(L, s->as.augassign.value);
    if (ty->kind == TY_LIST && op == BINOP_ADD) {
        IrRef args[2] = {cur, v};
        lower_call_rt(L, "adder_list_extend", IR_ERR_NEG, NULL, 2, args);
        lower_release(L, v);
        lower_release(L, cur);
        return;
    }
    lower_store(L, t, lower_arith(L, op, cur, v, ty));
}

/* ---- control flow ---- */

static void if_stmt(Lower *L, AstStmt *s) {
    IrBlock *then = lower_block(L), *els = lower_block(L), *end = lower_block(L);
    lower_branch(L, lower_cond(L, s->as.if_.test), then, els);
    lower_start(L, then);
    lower_stmts(L, &s->as.if_.body);
    if (!ir_block_terminated(L->cur))
        lower_jump(L, end);
    lower_start(L, els);
    lower_stmts(L, &s->as.if_.orelse);
    if (!ir_block_terminated(L->cur))
        lower_jump(L, end);
    lower_start(L, end);
}

static void finish_to(Lower *L, IrBlock *to) {
    if (!ir_block_terminated(L->cur))
        lower_jump(L, to);
}

static void while_stmt(Lower *L, AstStmt *s) {
    IrBlock *head = lower_block(L), *body = lower_block(L), *els = lower_block(L);
    IrBlock *end = lower_block(L);
    lower_jump(L, head);
    lower_start(L, head);
    lower_branch(L, lower_cond(L, s->as.while_.test), body, els);
    lower_start(L, body);
    if (push_loop(L, head, end, s->span)) {
        lower_stmts(L, &s->as.while_.body);
        L->nloops--;
    }
    finish_to(L, head);
    lower_start(L, els);
    lower_stmts(L, &s->as.while_.orelse);
    finish_to(L, end);
    lower_start(L, end);
}

static void stmts_body(Lower *L, void *arg) {
    lower_stmts(L, arg);
}

static void raise_stmt(Lower *L, AstStmt *s) {
    AstExpr *exc = s->as.raise.exc;
    if (!exc || !exc->ref || (exc->ref->kind != REF_CALL_EXC && exc->ref->kind != REF_CLASS)) {
        diag_error(L->cx->diag, s->span, "cannot lower this raise statement");
        L->failed = true;
        return;
    }
    IrRef msg = IR_NONE;
    if (exc->ref->kind == REF_CALL_EXC && exc->ref->nargs > 0) {
        msg = lower_expr(L, exc->ref->args[0]);
        if (ty_of(L, msg)->kind != TY_STR)
            msg = lower_to_str(L, msg, false);
    }
    L->span = s->span;
    IrIns *ins = lower_ins(L, IR_RAISE, IR_NONE, msg == IR_NONE ? 0 : 1, &msg);
    ins->cls = exc->ref->cls;
    dead_block(L);
}

static void assert_stmt(Lower *L, AstStmt *s) {
    IrBlock *ok = lower_block(L), *fail = lower_block(L);
    lower_branch(L, lower_cond(L, s->as.assert_.test), ok, fail);
    lower_start(L, fail);
    IrRef msg = IR_NONE;
    if (s->as.assert_.msg) {
        msg = lower_expr(L, s->as.assert_.msg);
        if (ty_of(L, msg)->kind != TY_STR)
            msg = lower_to_str(L, msg, false);
    }
    L->span = s->span;
    IrIns *ins = lower_ins(L, IR_RAISE, IR_NONE, msg == IR_NONE ? 0 : 1, &msg);
    ins->cls = L->sema->exc_classes[EXC_ASSERTION_ERROR];
    lower_start(L, ok);
}

static void return_stmt(Lower *L, AstStmt *s) {
    if (s->as.value.value) {
        IrRef v = lower_expr_as(L, s->as.value.value, L->fn->ret);
        if (L->retval != IR_NONE)
            lower_move_into(L, L->retval, v);
        else
            lower_release(L, v);
    }
    L->span = s->span;
    lower_jump(L, L->exit);
    dead_block(L);
}

static void jump_stmt(Lower *L, AstStmt *s, bool is_break) {
    ADDER_ASSERT(L->nloops > 0, "break/continue outside a loop");
    LoopTargets *lt = &L->loops[L->nloops - 1];
    L->span = s->span;
    lower_jump(L, is_break ? lt->brk : lt->cont);
    dead_block(L);
}

/* --- modules --- */
/* An import of program modules: run each module body (once), then copy
 * the `from m import g` globals (sema.h). */
static void import_stmt(Lower *L, AstStmt *s) {
    SemaRef *ref = s->ref;
    for (uint32_t i = 0; ref && ref->kind == REF_MODULE && i < ref->nargs; i++) {
        AstExpr *a = ref->args[i];
        if (a->kind == AST_CALL) {
            lower_expr(L, a);
        } else if (i + 1 < ref->nargs) {
            lower_store(L, a, lower_expr(L, ref->args[i + 1]));
            i++;
        }
    }
}
/* --- end D --- */

static void stmt(Lower *L, AstStmt *s) {
    switch (s->kind) {
    case AST_EXPR: lower_release(L, lower_expr(L, s->as.value.value)); break;
    case AST_ASSIGN: assign(L, s); break;
    case AST_ANN_ASSIGN:
        if (s->as.annassign.value)
            lower_store(L, s->as.annassign.target, lower_expr(L, s->as.annassign.value));
        break;
    case AST_AUG_ASSIGN: augassign(L, s); break;
    case AST_IF: if_stmt(L, s); break;
    case AST_WHILE: while_stmt(L, s); break;
    case AST_FOR:
        lower_loop(L, s->as.for_.target, s->as.for_.iter, stmts_body, &s->as.for_.body,
                   &s->as.for_.orelse);
        break;
    case AST_RETURN: return_stmt(L, s); break;
    case AST_BREAK: jump_stmt(L, s, true); break;
    case AST_CONTINUE: jump_stmt(L, s, false); break;
    case AST_RAISE: raise_stmt(L, s); break;
    case AST_ASSERT: assert_stmt(L, s); break;
    case AST_IMPORT: case AST_IMPORT_FROM: import_stmt(L, s); break;
    case AST_PASS: case AST_GLOBAL: case AST_NONLOCAL:
    case AST_FUNCTION_DEF: case AST_CLASS_DEF:
        break;
    default:
        diag_error(L->cx->diag, s->span, "cannot lower a '%s' statement", ast_stmt_name(s->kind));
        L->failed = true;
    }
}

void lower_stmts(Lower *L, const AstStmtList *body) {
    for (uint32_t i = 0; body && i < body->n; i++) {
        AstStmt *s = body->items[i];
        if (!lower_enter(L, s->span))
            return;
        Span saved = L->span;
        L->span = s->span;
        stmt(L, s);
        L->span = saved;
        lower_leave(L);
    }
}

/* ---- for loops ---- */

typedef struct ForLoop {
    AstExpr *target;
    LowerBodyFn body;
    void *arg;
    const AstStmtList *orelse;
    IrBlock *head, *bodyb, *cont, *els, *end;
} ForLoop;

static void for_blocks(Lower *L, ForLoop *fl) {
    fl->head = lower_block(L);
    fl->bodyb = lower_block(L);
    fl->cont = lower_block(L);
    fl->els = lower_block(L);
    fl->end = lower_block(L);
}

/* The body block: store the element (owned), run the body, go to cont. */
static void for_body(Lower *L, ForLoop *fl, IrRef elem) {
    if (fl->target)
        lower_store(L, fl->target, elem);
    else
        L->loop_elem = elem;
    if (push_loop(L, fl->cont, fl->end, L->span)) {
        fl->body(L, fl->arg);
        L->nloops--;
    }
    finish_to(L, fl->cont);
}

static void for_else(Lower *L, ForLoop *fl) {
    lower_start(L, fl->els);
    lower_stmts(L, fl->orelse);
    finish_to(L, fl->end);
    lower_start(L, fl->end);
}

static bool const_int(AstExpr *e, int64_t *out) {
    if (e->kind == AST_CONSTANT && e->as.constant.kind == CONST_INT) {
        *out = e->as.constant.i64;
        return true;
    }
    if (e->kind == AST_UNARY_OP && e->as.unary.op == UNOP_USUB && const_int(e->as.unary.operand, out)) {
        *out = -*out;
        return true;
    }
    return false;
}

static void range_loop(Lower *L, ForLoop *fl, SemaRef *ref) {
    AstExpr **a = ref->args;
    uint32_t n = ref->nargs;
    IrRef start = n >= 2 ? lower_expr_as(L, a[0], L->tt->int_) : lower_const_int(L, 0);
    IrRef stop = lower_expr_as(L, a[n >= 2 ? 1 : 0], L->tt->int_);
    int64_t kstep = 1;
    bool known = n < 3 || const_int(a[2], &kstep);
    IrRef step = n >= 3 ? lower_expr_as(L, a[2], L->tt->int_) : lower_const_int(L, 1);
    IrRef pos = IR_NONE;
    if (!known) {
        IrBlock *bad = lower_block(L), *good = lower_block(L);
        lower_branch(L, cmp_int(L, CMPOP_EQ, step, lower_const_int(L, 0)), bad, good);
        lower_start(L, bad);
        IrRef msg = lower_temp(L, L->tt->str);
        const char *text = "range() arg 3 must not be zero";
        lower_ins0(L, IR_CONST_STR, msg)->imm = ir_string_intern(L->m, text, 30);
        lower_ins1(L, IR_RAISE, IR_NONE, msg)->cls = L->sema->exc_classes[EXC_VALUE_ERROR];
        lower_start(L, good);
        pos = cmp_int(L, CMPOP_GT, step, lower_const_int(L, 0));
    } else if (kstep == 0) {
        IrRef msg = lower_temp(L, L->tt->str);
        lower_ins0(L, IR_CONST_STR, msg)->imm =
            ir_string_intern(L->m, "range() arg 3 must not be zero", 30);
        lower_ins1(L, IR_RAISE, IR_NONE, msg)->cls = L->sema->exc_classes[EXC_VALUE_ERROR];
        dead_block(L);
    }
    IrRef i = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_MOV, i, start);
    for_blocks(L, fl);
    lower_jump(L, fl->head);
    lower_start(L, fl->head);
    if (known) {
        lower_branch(L, cmp_int(L, kstep > 0 ? CMPOP_LT : CMPOP_GT, i, stop), fl->bodyb, fl->els);
    } else {
        IrBlock *up = lower_block(L), *down = lower_block(L);
        lower_branch(L, pos, up, down);
        lower_start(L, up);
        lower_branch(L, cmp_int(L, CMPOP_LT, i, stop), fl->bodyb, fl->els);
        lower_start(L, down);
        lower_branch(L, cmp_int(L, CMPOP_GT, i, stop), fl->bodyb, fl->els);
    }
    lower_start(L, fl->bodyb);
    IrRef copy = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_MOV, copy, i);
    for_body(L, fl, copy);
    lower_start(L, fl->cont);
    lower_ins2(L, IR_ADD_I, i, i, step);
    lower_jump(L, fl->head);
    for_else(L, fl);
}

/* len(seq) of a list, bytearray or str. */
static IrRef seq_len(Lower *L, IrRef seq) {
    if (ty_of(L, seq)->kind == TY_STR)
        return lower_call_rt(L, "adder_str_len", IR_ERR_NEVER, L->tt->int_, 1, &seq);
    IrRef n = lower_temp(L, L->tt->int_);
    lower_ins1(L, IR_LIST_LEN, n, seq);
    return n;
}

/* seq[i] for 0 <= i < len, as an owned value. */
static IrRef seq_get(Lower *L, IrRef seq, IrRef i) {
    const Type *ty = ty_of(L, seq);
    if (ty->kind == TY_STR) {
        IrRef args[2] = {seq, i};
        return lower_call_rt(L, "adder_str_index", IR_ERR_NULL, L->tt->str, 2, args);
    }
    const Type *et = ty->kind == TY_BYTEARRAY ? L->tt->int_ : ty->elem;
    IrRef el = lower_temp(L, et);
    lower_ins2(L, IR_LIST_GET, el, seq, i);
    return lower_take(L, el);
}

typedef enum SeqLoop { SEQ_PLAIN, SEQ_ENUMERATE, SEQ_ZIP, SEQ_REVERSED } SeqLoop;

static void seq_loop(Lower *L, ForLoop *fl, SeqLoop kind, SemaRef *ref, AstExpr *iter) {
    IrRef a = IR_NONE, b = IR_NONE, count = IR_NONE;
    if (kind == SEQ_PLAIN) {
        a = lower_expr(L, iter);
    } else {
        a = lower_expr(L, ref->args[0]);
        if (kind == SEQ_ZIP)
            b = lower_expr(L, ref->args[1]);
        if (kind == SEQ_ENUMERATE)
            count = ref->nargs > 1 ? lower_expr_as(L, ref->args[1], L->tt->int_)
                                   : lower_const_int(L, 0);
    }
    IrRef i = lower_temp(L, L->tt->int_);
    if (kind == SEQ_REVERSED) {
        IrRef n = seq_len(L, a);
        lower_ins2(L, IR_SUB_I, i, n, lower_const_int(L, 1));
    } else {
        lower_ins0(L, IR_CONST_INT, i)->imm = 0;
    }
    for_blocks(L, fl);
    lower_jump(L, fl->head);
    lower_start(L, fl->head);
    IrRef n = seq_len(L, a);
    if (kind == SEQ_REVERSED) {
        IrBlock *nonneg = lower_block(L);
        lower_branch(L, cmp_int(L, CMPOP_GT_E, i, lower_const_int(L, 0)), nonneg, fl->els);
        lower_start(L, nonneg);
    }
    IrRef ok = cmp_int(L, CMPOP_LT, i, n);
    if (kind == SEQ_ZIP) {
        IrBlock *second = lower_block(L);
        lower_branch(L, ok, second, fl->els);
        lower_start(L, second);
        ok = cmp_int(L, CMPOP_LT, i, seq_len(L, b));
    }
    lower_branch(L, ok, fl->bodyb, fl->els);
    lower_start(L, fl->bodyb);
    IrRef elem = seq_get(L, a, i);
    if (kind == SEQ_ENUMERATE || kind == SEQ_ZIP) {
        IrRef parts[2];
        parts[0] = kind == SEQ_ZIP ? elem : lower_own(L, count, L->tt->int_);
        parts[1] = kind == SEQ_ZIP ? seq_get(L, b, i) : elem;
        const Type *tys[2] = {ty_of(L, parts[0]), ty_of(L, parts[1])};
        elem = lower_tuple_new(L, types_tuple(L->tt, tys, 2), parts);
    }
    for_body(L, fl, elem);
    lower_start(L, fl->cont);
    if (kind == SEQ_REVERSED)
        lower_ins2(L, IR_SUB_I, i, i, lower_const_int(L, 1));
    else
        lower_ins2(L, IR_ADD_I, i, i, lower_const_int(L, 1));
    if (kind == SEQ_ENUMERATE)
        lower_ins2(L, IR_ADD_I, count, count, lower_const_int(L, 1));
    lower_jump(L, fl->head);
    for_else(L, fl);
    lower_release(L, a);
    lower_release(L, b);
}

/* A real list/str/bytearray value (not a call of zip/enumerate/reversed/range,
 * which sema types as lists although no list is made). */
static bool is_sequence(AstExpr *e) {
    const Type *ty = e->ty;
    if (e->kind == AST_CALL && e->ref && e->ref->kind == REF_CALL_BUILTIN) {
        BuiltinId id = e->ref->builtin;
        if (id == BI_ZIP || id == BI_ENUMERATE || id == BI_REVERSED || id == BI_RANGE)
            return false;
    }
    return ty && (ty->kind == TY_LIST || ty->kind == TY_STR || ty->kind == TY_BYTEARRAY);
}

typedef struct EnumState {
    ForLoop *outer;
    IrRef count;
} EnumState;

static void enumerate_body(Lower *L, void *arg) {
    EnumState *st = arg;
    IrRef parts[2] = {lower_own(L, st->count, L->tt->int_), L->loop_elem};
    const Type *tys[2] = {L->tt->int_, ty_of(L, parts[1])};
    IrRef tup = lower_tuple_new(L, types_tuple(L->tt, tys, 2), parts);
    lower_ins2(L, IR_ADD_I, st->count, st->count, lower_const_int(L, 1));
    lower_store(L, st->outer->target, tup);
    st->outer->body(L, st->outer->arg);
}

/* enumerate(zip(...)) and other non-sequence iterables: a counter around
 * the inner loop. */
static void enumerate_any(Lower *L, ForLoop *fl, SemaRef *ref) {
    EnumState st = {fl, lower_temp(L, L->tt->int_)};
    IrRef start = ref->nargs > 1 ? lower_expr_as(L, ref->args[1], L->tt->int_) : lower_const_int(L, 0);
    lower_ins1(L, IR_MOV, st.count, start);
    lower_loop(L, NULL, ref->args[0], enumerate_body, &st, fl->orelse);
}

void lower_loop(Lower *L, AstExpr *target, AstExpr *iter, LowerBodyFn body, void *arg,
                const AstStmtList *orelse) {
    ForLoop fl = {.target = target, .body = body, .arg = arg, .orelse = orelse};
    SemaRef *ref = iter->kind == AST_CALL ? iter->ref : NULL;
    Span saved = L->span;
    L->span = iter->span;
    if (ref && ref->kind == REF_CALL_BUILTIN) {
        switch (ref->builtin) {
        case BI_RANGE: range_loop(L, &fl, ref); L->span = saved; return;
        case BI_ENUMERATE:
            if (is_sequence(ref->args[0]))
                seq_loop(L, &fl, SEQ_ENUMERATE, ref, iter);
            else
                enumerate_any(L, &fl, ref);
            L->span = saved;
            return;
        case BI_ZIP: seq_loop(L, &fl, SEQ_ZIP, ref, iter); L->span = saved; return;
        case BI_REVERSED: seq_loop(L, &fl, SEQ_REVERSED, ref, iter); L->span = saved; return;
        default: break;
        }
    }
    seq_loop(L, &fl, SEQ_PLAIN, ref, iter);
    L->span = saved;
}

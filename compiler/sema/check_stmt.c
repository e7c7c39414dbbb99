/* sema/check_stmt.c: statements, assignment targets and function bodies.
 *
 * A function is checked in two walks. The first (sema_check_collect_assigned)
 * finds every name the body binds and its `global` names: as in Python, a
 * name bound anywhere in a function is local to all of it, unless declared
 * global. The second walk checks the statements in source order; a local
 * gets its type from the first assignment met (or its annotation), and
 * every later assignment must fit that type (int into float converts).
 * Reading a local before any assignment has typed it is an error.
 * At module level the bound names are the globals (made here).
 * A statement list terminates (for "missing return statement") when one of
 * its statements returns, raises, calls sys.exit, is an if/else whose
 * branches all terminate, or is `while True:` without a break. */
#include "sema/check.h"

#include <stdlib.h>
#include <string.h>

static bool has_str(const void *vec_items, uint32_t n, const char *name) {
    const char *const *items = vec_items;
    for (uint32_t i = 0; i < n; i++)
        if (strcmp(items[i], name) == 0)
            return true;
    return false;
}

static void collect_target(Checker *ch, AstExpr *t) {
    FnState *fs = ch->fs;
    switch (t->kind) {
    case AST_NAME:
        if (!has_str(fs->assigned.items, fs->assigned.n, t->as.name.id.s))
            vec_push(&fs->assigned, t->as.name.id.s);
        if (fs->is_module && !sema_check_find_name(ch, t->as.name.id.s))
            sema_check_new_global(ch, t->as.name.id.s, t->span);
        break;
    case AST_TUPLE:
    case AST_LIST:
        for (uint32_t i = 0; i < t->as.seq.elts.n; i++)
            collect_target(ch, t->as.seq.elts.items[i]);
        break;
    case AST_STARRED: collect_target(ch, t->as.starred.value); break;
    default: break;
    }
}

void sema_check_collect_assigned(Checker *ch, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_ASSIGN:
            for (uint32_t j = 0; j < s->as.assign.targets.n; j++)
                collect_target(ch, s->as.assign.targets.items[j]);
            break;
        case AST_AUG_ASSIGN: collect_target(ch, s->as.augassign.target); break;
        case AST_ANN_ASSIGN: collect_target(ch, s->as.annassign.target); break;
        case AST_FOR:
        case AST_ASYNC_FOR:
            collect_target(ch, s->as.for_.target);
            sema_check_collect_assigned(ch, s->as.for_.body);
            sema_check_collect_assigned(ch, s->as.for_.orelse);
            break;
        case AST_WHILE:
        case AST_IF:
            sema_check_collect_assigned(ch, s->as.if_.body);
            sema_check_collect_assigned(ch, s->as.if_.orelse);
            break;
        case AST_GLOBAL:
            for (uint32_t j = 0; j < s->as.names.names.n; j++)
                if (!has_str(ch->fs->global_names.items, ch->fs->global_names.n,
                             s->as.names.names.items[j].s))
                    vec_push(&ch->fs->global_names, s->as.names.names.items[j].s);
            break;
        default: break;
        }
    }
}

/* ---- names ---- */

static Symbol *new_local(Checker *ch, const char *name, Span decl) {
    Symbol *sym = arena_new(ch->arena, Symbol);
    sym->kind = SYM_LOCAL;
    sym->name = name;
    sym->index = ch->fs->locals.n;
    sym->decl = decl;
    vec_push(&ch->fs->locals, sym);
    return sym;
}

/* The symbol a store to name e binds, or NULL after an error. */
static Symbol *store_symbol(Checker *ch, AstExpr *e) {
    FnState *fs = ch->fs;
    const char *name = e->as.name.id.s;
    bool global = fs->is_module || has_str(fs->global_names.items, fs->global_names.n, name);
    if (!global) {
        for (uint32_t i = 0; i < fs->vars.n; i++)
            if (strcmp(fs->vars.items[i]->name, name) == 0)
                return fs->vars.items[i];
        Symbol *sym = new_local(ch, name, e->span);
        vec_push(&fs->vars, sym);
        return sym;
    }
    ModName *mn = sema_check_find_name(ch, name);
    if (mn && mn->sym && mn->sym->kind == SYM_GLOBAL)
        return mn->sym;
    const char *what = !mn || !mn->sym              ? "an imported name"
                       : mn->sym->kind == SYM_FUNC  ? "a function"
                       : mn->sym->kind == SYM_CLASS ? "a class"
                                                    : "a module";
    sema_error(ch, e->span, "cannot assign to '%s' (%s)", name, what);
    return NULL;
}

static void bind_symbol(Checker *ch, AstExpr *e, Symbol *sym, const Type *ty) {
    e->ref = sema_new_ref(ch, sym->kind == SYM_LOCAL ? REF_LOCAL : REF_GLOBAL);
    e->ref->sym = sym;
    if (!sym->ty) {
        if (ty->kind == TY_NONE) {
            sema_error(ch, e->span,
                       "cannot infer the type of '%s' from None; annotate it, e.g. '%s: Node | None = None'",
                       sym->name, sym->name);
            ty = ch->tt->error;
        }
        if (ty->kind == TY_RANGE) {
            sema_error(ch, e->span, "range objects can only be iterated in Adder; use list(range(...))");
            ty = ch->tt->error;
        }
        sym->ty = ty;
    } else if (!sema_check_assignable(sym->ty, ty)) {
        sema_error(ch, e->span, "cannot assign '%s' to '%s' of type '%s'%s", type_name(ty), sym->name,
                   type_name(sym->ty), sema_assign_hint(sym->ty, ty));
    }
    e->ty = sym->ty;
}

/* Comprehension variables: a fresh local each, visible inside it only. */
static void bind_comp_var(Checker *ch, AstExpr *e, const Type *ty) {
    Symbol *sym = new_local(ch, e->as.name.id.s, e->span);
    sym->ty = ty;
    vec_push(&ch->fs->comp, sym);
    e->ref = sema_new_ref(ch, REF_LOCAL);
    e->ref->sym = sym;
    e->ty = ty;
}

/* ---- stores ---- */

static ClassEntry *instance_class(Checker *ch, const Type *ty) {
    if (ty->kind == TY_OPTIONAL)
        ty = ty->elem;
    return ty->kind == TY_CLASS && ty->cls->exc == EXC__COUNT ? sema_check_class_entry(ch, ty->cls) : NULL;
}

static bool is_self(Checker *ch, AstExpr *e) {
    FnState *fs = ch->fs;
    return e->kind == AST_NAME && fs->init_of && fs->locals.n &&
           strcmp(e->as.name.id.s, fs->fn->locals[0]->name) == 0;
}

/* The field a store to e (an Attribute) writes; in __init__, `self.x = v`
 * declares x with type ty (or ann) when it is new. */
static FieldInfo *store_field(Checker *ch, AstExpr *e, const Type *ty) {
    AstExpr *obj = e->as.attribute.value;
    const Type *oty = obj->ty ? obj->ty : sema_check_expr(ch, obj, NULL);
    if (oty->kind == TY_ERROR)
        return NULL;
    ClassEntry *ce = instance_class(ch, oty);
    const char *name = e->as.attribute.attr.s;
    if (!ce) {
        sema_error(ch, e->span, "cannot assign to attribute '%s' of '%s'", name, type_name(oty));
        return NULL;
    }
    if (!(is_self(ch, obj) && ch->fs->init_of == ce))
        sema_check_class_fields(ch, ce);
    FieldInfo *f = sema_check_find_field(ce, name);
    if (f)
        return f;
    if (sema_check_find_method(ce, name)) {
        sema_error(ch, e->span, "cannot assign to method '%s'", name);
        return NULL;
    }
    if (!is_self(ch, obj) || ch->fs->init_of != ce) {
        if (!ce->poisoned)
            sema_error(ch, e->span,
                       "'%s' object has no attribute '%s'; fields are the 'self.%s' assigned in __init__",
                       ce->cls->name, name, name);
        return NULL;
    }
    if (ty && ty->kind == TY_NONE) {
        sema_error(
            ch, e->span,
            "cannot infer the type of field '%s' from None; annotate it, e.g. 'self.%s: Node | None = None'",
            name, name);
        ty = ch->tt->error;
    }
    return ty ? sema_check_add_field(ch, ce, name, ty, e->span) : NULL;
}

static void store_attribute(Checker *ch, AstExpr *e, const Type *ty) {
    FieldInfo *f = store_field(ch, e, ty);
    e->ty = ch->tt->error;
    if (!f)
        return;
    e->ref = sema_new_ref(ch, REF_FIELD);
    e->ref->field = f;
    e->ty = f->ty;
    if (!sema_check_assignable(f->ty, ty))
        sema_error(ch, e->span, "cannot assign '%s' to field '%s' of type '%s'", type_name(ty), f->name,
                   type_name(f->ty));
}

static const Type *item_type(Checker *ch, AstExpr *e) {
    AstExpr *obj = e->as.subscript.value;
    const Type *cty = obj->ty ? obj->ty : sema_check_expr(ch, obj, NULL);
    AstExpr *idx = e->as.subscript.slice;
    if (idx->ty)
        return cty->kind == TY_LIST ? cty->elem : cty->kind == TY_BYTEARRAY ? ch->tt->int_ : ch->tt->error;
    if (cty->kind == TY_ERROR)
        return cty;
    if (idx->kind == AST_SLICE) {
        sema_unsupported(ch, e->span, "slice assignments");
        return ch->tt->error;
    }
    if (cty->kind != TY_LIST && cty->kind != TY_BYTEARRAY) {
        sema_error(ch, e->span, "'%s' does not support item assignment", type_name(cty));
        return ch->tt->error;
    }
    const Type *ity = sema_check_expr(ch, idx, NULL);
    if (ity->kind != TY_ERROR && ity->kind != TY_INT && ity->kind != TY_BOOL) {
        sema_error(ch, idx->span, "list indices must be 'int', not '%s'", type_name(ity));
        return ch->tt->error;
    }
    return cty->kind == TY_LIST ? cty->elem : ch->tt->int_;
}

static void store_item(Checker *ch, AstExpr *e, const Type *ty) {
    const Type *ety = item_type(ch, e);
    e->ty = ety;
    if (ety->kind != TY_ERROR && !sema_check_assignable(ety, ty))
        sema_error(ch, e->span, "cannot assign '%s' to an item of '%s'", type_name(ty),
                   type_name(e->as.subscript.value->ty));
}

void sema_check_store(Checker *ch, AstExpr *target, const Type *ty, bool comp) {
    switch (target->kind) {
    case AST_NAME:
        if (comp) {
            bind_comp_var(ch, target, ty);
            return;
        }
        Symbol *sym = store_symbol(ch, target);
        target->ty = ch->tt->error;
        if (sym)
            bind_symbol(ch, target, sym, ty);
        return;
    case AST_TUPLE:
    case AST_LIST: {
        uint32_t n = target->as.seq.elts.n;
        target->ty = ty;
        bool bad = ty->kind == TY_ERROR;
        for (uint32_t i = 0; i < n && !bad; i++)
            if (target->as.seq.elts.items[i]->kind == AST_STARRED) {
                sema_unsupported(ch, target->as.seq.elts.items[i]->span, "starred assignment targets");
                bad = true;
            }
        if (!bad && ty->kind == TY_LIST) {
            /* the length is checked at run time (ValueError) */
            for (uint32_t i = 0; i < n; i++)
                sema_check_store(ch, target->as.seq.elts.items[i], ty->elem, comp);
            return;
        }
        if (!bad && ty->kind != TY_TUPLE) {
            sema_error(ch, target->span, "cannot unpack '%s'; only tuples and lists can be unpacked in Adder",
                       type_name(ty));
            bad = true;
        } else if (!bad && ty->nelems != n) {
            sema_error(ch, target->span, "cannot unpack a tuple of %u values into %u targets", ty->nelems, n);
            bad = true;
        }
        for (uint32_t i = 0; i < n; i++)
            sema_check_store(ch, target->as.seq.elts.items[i], bad ? ch->tt->error : ty->elems[i], comp);
        return;
    }
    case AST_ATTRIBUTE: {
        if (comp)
            break;
        SemaModule *um = sema_modules_target(ch, target);
        if (um) { /* m.g = v of a program module */
            Symbol *g = sema_modules_store(ch, target, um);
            if (g)
                bind_symbol(ch, target, g, ty);
            return;
        }
        store_attribute(ch, target, ty);
        return;
    }
    case AST_SUBSCRIPT:
        if (comp)
            break;
        store_item(ch, target, ty);
        return;
    case AST_STARRED:
        if (ty->kind != TY_ERROR)
            sema_unsupported(ch, target->span, "starred assignment targets");
        target->ty = ch->tt->error;
        sema_check_store(ch, target->as.starred.value, ch->tt->error, comp);
        return;
    default: break;
    }
    sema_error(ch, target->span, "cannot assign to this expression in Adder");
    target->ty = ch->tt->error;
}

static bool wants_type(AstExpr *v) {
    return (v->kind == AST_LIST && !v->as.seq.elts.n) ||
           (v->kind == AST_CALL && !v->as.call.args.n && v->as.call.func->kind == AST_NAME);
}

const Type *sema_check_target_type(Checker *ch, AstExpr *target) {
    if (target->kind == AST_ATTRIBUTE && sema_modules_target(ch, target)) { /* m.g */
        Symbol *g = sema_modules_global(sema_modules_target(ch, target), target->as.attribute.attr.s);
        return g ? g->ty : NULL;
    }
    if (target->kind == AST_ATTRIBUTE) { /* the field, if it exists: no errors here */
        AstExpr *obj = target->as.attribute.value;
        ClassEntry *ce = instance_class(ch, obj->ty ? obj->ty : sema_check_expr(ch, obj, NULL));
        if (!ce)
            return NULL;
        if (!(is_self(ch, obj) && ch->fs->init_of == ce))
            sema_check_class_fields(ch, ce);
        FieldInfo *f = sema_check_find_field(ce, target->as.attribute.attr.s);
        return f ? f->ty : NULL;
    }
    if (target->kind == AST_SUBSCRIPT) {
        const Type *ty = item_type(ch, target);
        return ty->kind == TY_ERROR ? NULL : ty;
    }
    if (target->kind != AST_NAME)
        return NULL;
    FnState *fs = ch->fs;
    const char *name = target->as.name.id.s;
    if (fs->is_module || has_str(fs->global_names.items, fs->global_names.n, name)) {
        ModName *mn = sema_check_find_name(ch, name);
        return mn && mn->sym && mn->sym->kind == SYM_GLOBAL ? mn->sym->ty : NULL;
    }
    for (uint32_t i = 0; i < fs->vars.n; i++)
        if (strcmp(fs->vars.items[i]->name, name) == 0)
            return fs->vars.items[i]->ty;
    return NULL;
}

/* ---- statements ---- */

static void assign_stmt(Checker *ch, AstStmt *s) {
    AstExpr *first = s->as.assign.targets.items[0];
    bool known = first->kind == AST_NAME || wants_type(s->as.assign.value);
    const Type *expect = known ? sema_check_target_type(ch, first) : NULL;
    const Type *ty = sema_check_expr(ch, s->as.assign.value, expect);
    for (uint32_t i = 0; i < s->as.assign.targets.n; i++)
        sema_check_store(ch, s->as.assign.targets.items[i], ty, false);
}

static void annassign_stmt(Checker *ch, AstStmt *s) {
    AstExpr *t = s->as.annassign.target;
    const Type *ann = sema_check_annotation(ch, s->as.annassign.annotation);
    AstExpr *value = s->as.annassign.value;
    if (t->kind == AST_NAME) {
        Symbol *sym = store_symbol(ch, t);
        if (sym && sym->ty && sym->ty != ann && ann->kind != TY_ERROR && sym->ty->kind != TY_ERROR &&
            !(ch->fs->is_module && sym->ty == ann))
            sema_error(ch, s->as.annassign.annotation->span, "'%s' was declared with type '%s' before",
                       sym->name, type_name(sym->ty));
        if (sym && !sym->ty)
            sym->ty = ann;
        if (value) {
            const Type *ty = sema_check_expr(ch, value, ann);
            if (sym)
                bind_symbol(ch, t, sym, ty);
        } else if (sym) {
            t->ref = sema_new_ref(ch, sym->kind == SYM_LOCAL ? REF_LOCAL : REF_GLOBAL);
            t->ref->sym = sym;
            t->ty = sym->ty;
        }
        return;
    }
    if (t->kind == AST_ATTRIBUTE) {
        if (!value) {
            store_field(ch, t, ann);
            t->ty = ann;
            return;
        }
        const Type *ty = sema_check_expr(ch, value, ann);
        if (ty->kind != TY_ERROR && !sema_check_assignable(ann, ty))
            sema_error(ch, value->span, "cannot assign '%s' to a value annotated '%s'%s", type_name(ty),
                       type_name(ann), sema_assign_hint(ann, ty));
        store_attribute(ch, t, ann);
        return;
    }
    if (value)
        sema_check_expr(ch, value, ann);
    sema_check_store(ch, t, ann, false);
}

static void augassign_stmt(Checker *ch, AstStmt *s) {
    AstExpr *t = s->as.augassign.target;
    if (t->kind != AST_NAME && t->kind != AST_ATTRIBUTE && t->kind != AST_SUBSCRIPT) {
        sema_error(ch, t->span, "illegal expression for augmented assignment");
        return;
    }
    if (t->kind == AST_SUBSCRIPT && t->as.subscript.slice->kind == AST_SLICE) {
        sema_unsupported(ch, t->span, "slice assignments");
        return;
    }
    const Type *lt = sema_check_expr(ch, t, NULL);
    const Type *rt = sema_check_expr(ch, s->as.augassign.value, lt->kind == TY_LIST ? lt : NULL);
    AstExpr fake = {.kind = AST_BIN_OP, .span = s->span};
    fake.as.binop.left = t;
    fake.as.binop.right = s->as.augassign.value;
    fake.as.binop.op = s->as.augassign.op;
    const Type *res = sema_check_binop_type(ch, &fake, s->as.augassign.op, lt, rt);
    if (res->kind != TY_ERROR && lt->kind != TY_ERROR && !sema_check_assignable(lt, res))
        sema_error(ch, s->span, "cannot assign '%s' to '%s' of type '%s'", type_name(res),
                   t->kind == AST_NAME ? t->as.name.id.s : "target", type_name(lt));
}

static BuiltinId loop_builtin(AstExpr *iter) {
    if (iter->kind != AST_CALL || !iter->ref || iter->ref->kind != REF_CALL_BUILTIN)
        return BI_NONE;
    BuiltinId id = iter->ref->builtin;
    return id == BI_RANGE || id == BI_ENUMERATE || id == BI_ZIP || id == BI_REVERSED ? id : BI_NONE;
}

static void for_stmt(Checker *ch, AstStmt *s) {
    AstExpr *iter = s->as.for_.iter;
    const Type *ity =
        iter->kind == AST_CALL ? sema_check_call(ch, iter, NULL, true) : sema_check_expr(ch, iter, NULL);
    iter->ty = ity;
    const Type *ety = ity->kind == TY_ERROR ? ity : sema_check_elem_type(ch, ity);
    if (!ety) {
        sema_check_not_iterable(ch, iter->span, ity);
        ety = ch->tt->error;
    }
    s->ref = sema_new_ref(ch, REF_BUILTIN);
    s->ref->builtin = loop_builtin(iter);
    sema_check_store(ch, s->as.for_.target, ety, false);
    ch->fs->loops++;
    sema_check_body(ch, s->as.for_.body);
    ch->fs->loops--;
    sema_check_body(ch, s->as.for_.orelse);
}

static void return_stmt(Checker *ch, AstStmt *s) {
    FuncInfo *fn = ch->fs->fn;
    AstExpr *v = s->as.value.value;
    if (!v) {
        if (fn->ret->kind != TY_NONE && fn->ret->kind != TY_ERROR)
            sema_error(ch, s->span, "missing return value; '%s' returns '%s'", fn->name, type_name(fn->ret));
        return;
    }
    if (fn->ret->kind == TY_NONE) {
        const Type *ty = sema_check_expr(ch, v, NULL);
        if (ty->kind != TY_NONE && ty->kind != TY_ERROR)
            sema_error(ch, v->span, "no return value expected; '%s' returns None", fn->name);
        return;
    }
    sema_check_value(ch, v, fn->ret, "return value");
}

static bool is_exc_class(AstExpr *e) {
    return e->ref && e->ref->kind == REF_CLASS && e->ref->cls->exc != EXC__COUNT;
}

static void raise_stmt(Checker *ch, AstStmt *s) {
    AstExpr *exc = s->as.raise.exc;
    if (s->as.raise.cause)
        sema_unsupported(ch, s->as.raise.cause->span, "'raise ... from ...'");
    if (!exc) {
        sema_unsupported(ch, s->span, "bare 'raise'");
        return;
    }
    if (exc->kind == AST_CALL) {
        ch->fs->in_raise = true;
        const Type *ty = sema_check_call(ch, exc, NULL, false);
        ch->fs->in_raise = false;
        if (ty->kind != TY_ERROR && !(exc->ref && exc->ref->kind == REF_CALL_EXC))
            sema_error(ch, exc->span, "exceptions must be builtin exception classes in Adder");
        return;
    }
    if (exc->kind == AST_NAME) {
        const Type *ty = sema_check_name_load(ch, exc);
        if (ty->kind != TY_ERROR && !is_exc_class(exc))
            sema_error(ch, exc->span, "exceptions must be builtin exception classes in Adder");
        return;
    }
    sema_check_expr(ch, exc, NULL);
    sema_error(ch, exc->span, "exceptions must be builtin exception classes in Adder");
}

static void assert_stmt(Checker *ch, AstStmt *s) {
    sema_check_cond(ch, s->as.assert_.test);
    AstExpr *msg = s->as.assert_.msg;
    if (msg) {
        const Type *ty = sema_check_expr(ch, msg, NULL);
        if (ty->kind != TY_ERROR && !sema_check_printable(ty))
            sema_error(ch, msg->span, "an assert message of type '%s' is not supported", type_name(ty));
    }
}

static void expr_stmt(Checker *ch, AstStmt *s) {
    AstExpr *v = s->as.value.value;
    if (v->kind == AST_CONSTANT && v->as.constant.kind == CONST_ELLIPSIS) {
        v->ty = ch->tt->none; /* `...` as a statement, like pass */
        return;
    }
    if (v->kind == AST_CALL)
        sema_check_call(ch, v, NULL, false);
    else
        sema_check_expr(ch, v, NULL);
}

static void stmt(Checker *ch, AstStmt *s) {
    FnState *fs = ch->fs;
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_CLASS_DEF:
        if (!fs->is_module)
            sema_unsupported(ch, s->span, s->kind == AST_CLASS_DEF ? "nested classes" : "nested functions");
        return;
    case AST_ASYNC_FUNCTION_DEF:
        if (!fs->is_module)
            sema_unsupported(ch, s->span, "async functions");
        return;
    case AST_IMPORT:
    case AST_IMPORT_FROM:
        if (!fs->is_module)
            sema_unsupported(ch, s->span, "imports inside functions");
        return;
    case AST_RETURN: return_stmt(ch, s); return;
    case AST_ASSIGN: assign_stmt(ch, s); return;
    case AST_AUG_ASSIGN: augassign_stmt(ch, s); return;
    case AST_ANN_ASSIGN: annassign_stmt(ch, s); return;
    case AST_FOR: for_stmt(ch, s); return;
    case AST_WHILE:
        sema_check_cond(ch, s->as.while_.test);
        fs->loops++;
        sema_check_body(ch, s->as.while_.body);
        fs->loops--;
        sema_check_body(ch, s->as.while_.orelse);
        return;
    case AST_IF:
        sema_check_cond(ch, s->as.if_.test);
        sema_check_body(ch, s->as.if_.body);
        sema_check_body(ch, s->as.if_.orelse);
        return;
    case AST_RAISE: raise_stmt(ch, s); return;
    case AST_ASSERT: assert_stmt(ch, s); return;
    case AST_EXPR: expr_stmt(ch, s); return;
    case AST_GLOBAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    case AST_DELETE: sema_unsupported(ch, s->span, "'del' statements"); return;
    case AST_WITH: sema_unsupported(ch, s->span, "'with' statements"); return;
    case AST_ASYNC_WITH:
    case AST_ASYNC_FOR: sema_unsupported(ch, s->span, "async statements"); return;
    case AST_MATCH: sema_unsupported(ch, s->span, "'match' statements"); return;
    case AST_TRY:
    case AST_TRY_STAR: sema_unsupported(ch, s->span, "'try' statements"); return;
    case AST_NONLOCAL: sema_unsupported(ch, s->span, "'nonlocal' statements"); return;
    case AST_STMT__COUNT: break;
    }
    ADDER_UNREACHABLE();
}

void sema_check_body(Checker *ch, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++)
        stmt(ch, body.items[i]);
}

/* ---- flow ---- */

/* A break that leaves the loop whose body this is (not an inner loop's). */
static bool has_break(AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        if (s->kind == AST_BREAK)
            return true;
        if (s->kind == AST_IF && (has_break(s->as.if_.body) || has_break(s->as.if_.orelse)))
            return true;
        if (s->kind == AST_FOR && has_break(s->as.for_.orelse))
            return true;
        if (s->kind == AST_WHILE && has_break(s->as.while_.orelse))
            return true;
    }
    return false;
}

static bool is_true_const(AstExpr *e) {
    if (e->kind != AST_CONSTANT)
        return false;
    const AstConstant *c = &e->as.constant;
    return (c->kind == CONST_BOOL && c->b) || (c->kind == CONST_INT && c->fits_i64 && c->i64 != 0);
}

static bool stmt_terminates(AstStmt *s) {
    switch (s->kind) {
    case AST_RETURN:
    case AST_RAISE:
    case AST_TRY: /* rejected; no second error */
    case AST_TRY_STAR:
    case AST_WITH:
    case AST_MATCH: return true;
    case AST_IF:
        return s->as.if_.orelse.n && sema_check_terminates(s->as.if_.body) &&
               sema_check_terminates(s->as.if_.orelse);
    case AST_WHILE:
        if (has_break(s->as.while_.body))
            return false;
        return is_true_const(s->as.while_.test) || sema_check_terminates(s->as.while_.orelse);
    case AST_FOR: /* the else branch runs unless the loop breaks */
        return !has_break(s->as.for_.body) && sema_check_terminates(s->as.for_.orelse);
    case AST_EXPR: {
        AstExpr *v = s->as.value.value;
        return v->kind == AST_CALL && v->ref && v->ref->kind == REF_CALL_BUILTIN &&
               v->ref->builtin == BI_SYS_EXIT;
    }
    default: return false;
    }
}

bool sema_check_terminates(AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++)
        if (stmt_terminates(body.items[i]))
            return true;
    return false;
}

/* `x: T` anywhere in a function types the local x from the start, so that
 * a read in a loop before the annotated assignment is fine. */
static void declare_annotated(Checker *ch, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        if (s->kind == AST_IF || s->kind == AST_WHILE) {
            declare_annotated(ch, s->as.if_.body);
            declare_annotated(ch, s->as.if_.orelse);
        } else if (s->kind == AST_FOR) {
            declare_annotated(ch, s->as.for_.body);
            declare_annotated(ch, s->as.for_.orelse);
        }
        if (s->kind != AST_ANN_ASSIGN || s->as.annassign.target->kind != AST_NAME)
            continue;
        Symbol *sym = store_symbol(ch, s->as.annassign.target);
        if (sym && sym->kind == SYM_LOCAL && !sym->ty) {
            /* quietly: annassign_stmt reports a bad annotation, in order */
            DiagSink *diag = ch->cx->diag;
            FILE *out = diag->out;
            uint32_t errors = diag->nerrors;
            diag->out = NULL;
            const Type *ty = sema_check_annotation(ch, s->as.annassign.annotation);
            diag->out = out;
            diag->nerrors = errors;
            sym->ty = ty->kind == TY_ERROR ? NULL : ty;
        }
    }
}

void sema_check_function(Checker *ch, FuncEntry *fe) {
    FuncInfo *fn = fe->fn;
    fe->state = CHECKING;
    FnState fs = {.fn = fn};
    if (fn->cls && !strcmp(fn->name, "__init__"))
        fs.init_of = sema_check_class_entry(ch, fn->cls);
    for (uint32_t i = 0; i < fn->nparams; i++) {
        vec_push(&fs.locals, fn->locals[i]);
        vec_push(&fs.vars, fn->locals[i]);
    }
    FnState *saved = ch->fs;
    ch->fs = &fs;
    AstStmtList body = fn->def->as.funcdef.body;
    sema_check_collect_assigned(ch, body);
    declare_annotated(ch, body);
    sema_check_body(ch, body);
    if (fn->ret->kind != TY_NONE && fn->ret->kind != TY_ERROR && !sema_check_terminates(body))
        sema_error(ch, fn->def->span, "missing return statement in '%s', which returns '%s'", fn->name,
                   type_name(fn->ret));
    fn->nlocals = fs.locals.n;
    fn->locals = sema_copy_ptrs(ch, fs.locals.items, fs.locals.n);
    ch->fs = saved;
    fe->state = CHECKED;
    vec_free(&fs.locals);
    vec_free(&fs.vars);
    vec_free(&fs.assigned);
    vec_free(&fs.global_names);
    vec_free(&fs.comp);
}

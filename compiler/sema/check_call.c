/* sema/check_call.c: attributes and calls of user code.
 *
 * A call's callee is resolved without evaluating it: a user function
 * (REF_CALL_FUNC), a class (REF_CALL_CTOR, bound to __init__ after self), a
 * method of an instance (REF_CALL_METHOD), a builtin function, module
 * function or builtin method (check_builtin.c), or a builtin exception
 * class (REF_CALL_EXC). User calls are bound to parameters as Python
 * binds them (positional, then keywords, then defaults), so SemaRef.args
 * is in parameter order with the defaults filled in. Attribute loads are
 * instance fields (REF_FIELD) or module values (REF_BUILTIN); methods are
 * only called, never taken as values. */
#include "sema/check.h"

#include <stdio.h>
#include <string.h>

static const Type *fail(Checker *ch, AstExpr *e) {
    e->ty = ch->tt->error;
    return e->ty;
}

/* Types the arguments of a call that cannot be resolved, so that errors
 * inside them are still reported. */
static const Type *fail_args(Checker *ch, AstExpr *e) {
    for (uint32_t i = 0; i < e->as.call.args.n; i++)
        if (e->as.call.args.items[i]->kind != AST_STARRED)
            sema_check_expr(ch, e->as.call.args.items[i], NULL);
    for (uint32_t i = 0; i < e->as.call.keywords.n; i++)
        sema_check_expr(ch, e->as.call.keywords.items[i]->value, NULL);
    return fail(ch, e);
}

static ClassEntry *instance_class(Checker *ch, const Type *ty) {
    if (ty->kind == TY_OPTIONAL)
        ty = ty->elem;
    return ty->kind == TY_CLASS && ty->cls->exc == EXC__COUNT ? sema_check_class_entry(ch, ty->cls) : NULL;
}

/* The module a Name refers to, if it is an imported module. */
static Symbol *module_of(Checker *ch, AstExpr *e) {
    if (e->kind != AST_NAME)
        return NULL;
    ModName *mn = sema_check_find_name(ch, e->as.name.id.s);
    if (!mn || !mn->sym || mn->sym->kind != SYM_MODULE || mn->sym->ty->kind == TY_ERROR)
        return NULL;
    e->ref = sema_new_ref(ch, REF_MODULE);
    e->ref->sym = mn->sym;
    e->ty = mn->sym->ty;
    return mn->sym;
}

static const Type *member_type(Checker *ch, BuiltinId id) {
    switch (id) {
    case BI_MATH_PI:
    case BI_MATH_E:
    case BI_MATH_INF:
    case BI_MATH_NAN: return ch->tt->float_;
    case BI_SYS_ARGV: return types_list(ch->tt, ch->tt->str);
    default: return NULL;
    }
}

static bool in_own_init(Checker *ch, AstExpr *obj, ClassEntry *ce) {
    return ch->fs->init_of == ce && obj->kind == AST_NAME && obj->ref && obj->ref->kind == REF_LOCAL &&
           obj->ref->sym->is_param && obj->ref->sym->index == 0;
}

const Type *sema_check_attribute(Checker *ch, AstExpr *e) {
    AstExpr *obj = e->as.attribute.value;
    const char *name = e->as.attribute.attr.s;
    Symbol *mod = module_of(ch, obj);
    SemaModule *um = mod ? sema_modules_of(ch, mod->ty) : NULL;
    if (um) /* m.g of a program module */
        return sema_modules_attribute(ch, e, um);
    if (mod) {
        BuiltinId id = sema_lookup_member(mod->ty->name, name);
        const Type *ty = id != BI_NONE ? member_type(ch, id) : NULL;
        if (id == BI_NONE)
            sema_error(ch, e->span, "'%s.%s' is not supported by Adder yet", mod->ty->name, name);
        else if (!ty)
            sema_error(ch, e->span, "builtin functions as values are not supported by Adder yet");
        if (!ty)
            return fail(ch, e);
        e->ref = sema_new_ref(ch, REF_BUILTIN);
        e->ref->builtin = id;
        return ty;
    }
    const Type *oty = sema_check_expr(ch, obj, NULL);
    if (oty->kind == TY_ERROR)
        return oty;
    ClassEntry *ce = instance_class(ch, oty);
    if (ce) {
        if (!in_own_init(ch, obj, ce))
            sema_check_class_fields(ch, ce);
        FieldInfo *f = sema_check_find_field(ce, name);
        if (f) {
            e->ref = sema_new_ref(ch, REF_FIELD);
            e->ref->field = f;
            return f->ty;
        }
        if (sema_check_find_method(ce, name)) {
            sema_error(ch, e->span, "methods as values are not supported by Adder yet; call '%s' directly",
                       name);
            return fail(ch, e);
        }
        if (!ce->poisoned)
            sema_error(ch, e->span, "'%s' object has no attribute '%s'", ce->cls->name, name);
        return fail(ch, e);
    }
    const char *recv = oty->kind == TY_LIST ? "list" : oty->kind == TY_STR ? "str" : NULL;
    if (recv && sema_lookup_method(recv, name) != BI_NONE)
        sema_error(ch, e->span, "methods as values are not supported by Adder yet; call '%s' directly", name);
    else
        sema_error(ch, e->span, "'%s' object has no attribute '%s'", type_name(oty), name);
    return fail(ch, e);
}

/* ---- binding arguments to parameters ---- */

static AstArg *param_arg(FuncInfo *fn, uint32_t i, bool *posonly, bool *kwonly) {
    AstArguments *a = fn->def->as.funcdef.args;
    uint32_t npo = a->posonlyargs.n, npos = npo + a->args.n;
    *posonly = i < npo;
    *kwonly = i >= npos;
    return i < npo    ? a->posonlyargs.items[i]
           : i < npos ? a->args.items[i - npo]
                      : a->kwonlyargs.items[i - npos];
}

static bool bind_args(Checker *ch, AstExpr *e, FuncInfo *fn, uint32_t skip, const char *what, SemaRef *ref) {
    uint32_t n = fn->nparams > skip ? fn->nparams - skip : 0;
    AstExpr **args = arena_array(ch->arena, AstExpr *, n ? n : 1);
    AstExprList pos = e->as.call.args;
    bool ok = true;
    char buf[160];
    for (uint32_t i = 0; i < pos.n; i++) {
        AstExpr *a = pos.items[i];
        bool po, ko;
        if (a->kind == AST_STARRED) {
            sema_unsupported(ch, a->span, "'*' arguments");
            ok = false;
            continue;
        }
        if (i >= n || (param_arg(fn, i + skip, &po, &ko), ko)) {
            sema_error(ch, a->span, "too many arguments in call to '%s'", what);
            sema_check_expr(ch, a, NULL);
            ok = false;
            continue;
        }
        snprintf(buf, sizeof buf, "argument %u of '%s'", i + 1, what);
        ok = sema_check_value(ch, a, fn->locals[i + skip]->ty, buf) && ok;
        args[i] = a;
    }
    for (uint32_t k = 0; k < e->as.call.keywords.n; k++) {
        AstKeyword *kw = e->as.call.keywords.items[k];
        if (!kw->arg.s) {
            sema_unsupported(ch, kw->span, "'**' arguments");
            ok = false;
            continue;
        }
        uint32_t i = skip;
        bool po = false, ko;
        for (; i < fn->nparams; i++)
            if (strcmp(fn->locals[i]->name, kw->arg.s) == 0 && (param_arg(fn, i, &po, &ko), !po))
                break;
        if (i == fn->nparams) {
            sema_error(ch, kw->span, "unexpected keyword argument '%s' in call to '%s'", kw->arg.s, what);
            sema_check_expr(ch, kw->value, NULL);
            ok = false;
            continue;
        }
        if (args[i - skip]) {
            sema_error(ch, kw->span, "multiple values for argument '%s' in call to '%s'", kw->arg.s, what);
            ok = false;
            continue;
        }
        snprintf(buf, sizeof buf, "argument '%s' of '%s'", kw->arg.s, what);
        ok = sema_check_value(ch, kw->value, fn->locals[i]->ty, buf) && ok;
        args[i - skip] = kw->value;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (args[i])
            continue;
        args[i] = fn->defaults[i + skip];
        if (!args[i] && ok) {
            sema_error(ch, e->span, "missing argument '%s' in call to '%s'", fn->locals[i + skip]->name,
                       what);
            ok = false;
        }
    }
    ref->args = args;
    ref->nargs = n;
    return ok;
}

static const Type *call_func(Checker *ch, AstExpr *e, FuncInfo *fn) {
    AstExpr *callee = e->as.call.func;
    callee->ref = sema_new_ref(ch, REF_FUNC);
    callee->ref->fn = fn;
    callee->ty = types_func(ch->tt, fn);
    e->ref = sema_new_ref(ch, REF_CALL_FUNC);
    e->ref->fn = fn;
    if (!sema_check_func_entry(ch, fn)->sig_ok)
        return fail_args(ch, e);
    return bind_args(ch, e, fn, 0, fn->name, e->ref) ? fn->ret : fail(ch, e);
}

static const Type *call_ctor(Checker *ch, AstExpr *e, ClassInfo *cls) {
    AstExpr *callee = e->as.call.func;
    const Type *ty = types_class(ch->tt, cls);
    callee->ref = sema_new_ref(ch, REF_CLASS);
    callee->ref->cls = cls;
    callee->ty = ty;
    e->ref = sema_new_ref(ch, REF_CALL_CTOR);
    e->ref->cls = cls;
    if (!cls->init) {
        if (e->as.call.args.n || e->as.call.keywords.n) {
            sema_error(ch, e->span, "'%s' takes no arguments (it has no __init__)", cls->name);
            return fail_args(ch, e);
        }
        e->ref->args = arena_array(ch->arena, AstExpr *, 1);
        return ty;
    }
    if (!sema_check_func_entry(ch, cls->init)->sig_ok)
        return fail_args(ch, e);
    return bind_args(ch, e, cls->init, 1, cls->name, e->ref) ? ty : fail(ch, e);
}

static const Type *call_exc(Checker *ch, AstExpr *e, ClassInfo *cls) {
    AstExpr *callee = e->as.call.func;
    callee->ty = types_class(ch->tt, cls);
    e->ref = sema_new_ref(ch, REF_CALL_EXC);
    e->ref->cls = cls;
    AstExprList args = e->as.call.args;
    if (e->as.call.keywords.n || args.n > 1) {
        sema_error(ch, e->span, "'%s' takes at most one message argument in Adder", cls->name);
        return fail_args(ch, e);
    }
    e->ref->args = args.items;
    e->ref->nargs = args.n;
    if (args.n && !sema_check_value(ch, args.items[0], ch->tt->str, "the exception message"))
        return fail(ch, e);
    return callee->ty;
}

static const Type *call_method(Checker *ch, AstExpr *e, ClassEntry *ce) {
    AstExpr *attr = e->as.call.func;
    FuncInfo *fn = sema_check_find_method(ce, attr->as.attribute.attr.s);
    if (!fn) {
        if (!in_own_init(ch, attr->as.attribute.value, ce))
            sema_check_class_fields(ch, ce);
        if (sema_check_find_field(ce, attr->as.attribute.attr.s))
            sema_error(ch, attr->span, "field '%s' is not callable", attr->as.attribute.attr.s);
        else if (!ce->poisoned)
            sema_error(ch, attr->span, "'%s' object has no attribute '%s'", ce->cls->name,
                       attr->as.attribute.attr.s);
        return fail_args(ch, e);
    }
    attr->ref = sema_new_ref(ch, REF_METHOD);
    attr->ref->fn = fn;
    attr->ty = types_func(ch->tt, fn);
    e->ref = sema_new_ref(ch, REF_CALL_METHOD);
    e->ref->fn = fn;
    if (!sema_check_func_entry(ch, fn)->sig_ok)
        return fail_args(ch, e);
    char what[128];
    snprintf(what, sizeof what, "%s.%s", ce->cls->name, fn->name);
    return bind_args(ch, e, fn, 1, arena_strndup(ch->arena, what, strlen(what)), e->ref) ? fn->ret
                                                                                         : fail(ch, e);
}

/* `m.name(...)` with m a module of the program. */
static const Type *call_module_member(Checker *ch, AstExpr *e, SemaModule *m) {
    AstExpr *attr = e->as.call.func;
    const char *name = attr->as.attribute.attr.s;
    FuncInfo *fn = sema_modules_func(m, name);
    if (fn)
        return call_func(ch, e, fn);
    ClassInfo *cls = sema_modules_class(m, name);
    if (cls)
        return call_ctor(ch, e, cls);
    Symbol *g = sema_modules_global(m, name);
    if (g)
        sema_error(ch, attr->span, "'%s' object is not callable", type_name(g->ty));
    else
        sema_error(ch, attr->span, "module '%s' has no attribute '%s'", m->name, name);
    return fail_args(ch, e);
}

static const Type *call_attribute(Checker *ch, AstExpr *e, const Type *expect, bool in_for) {
    AstExpr *attr = e->as.call.func;
    const char *name = attr->as.attribute.attr.s;
    Symbol *mod = module_of(ch, attr->as.attribute.value);
    SemaModule *um = mod ? sema_modules_of(ch, mod->ty) : NULL;
    if (um) /* m.f(...) / m.C(...) of a program module */
        return call_module_member(ch, e, um);
    if (mod) {
        BuiltinId id = sema_lookup_member(mod->ty->name, name);
        if (id == BI_NONE || member_type(ch, id)) {
            if (id == BI_NONE)
                sema_error(ch, attr->span, "'%s.%s' is not supported by Adder yet", mod->ty->name, name);
            else
                sema_error(ch, attr->span, "'%s.%s' is not callable", mod->ty->name, name);
            return fail_args(ch, e);
        }
        attr->ref = sema_new_ref(ch, REF_BUILTIN);
        attr->ref->builtin = id;
        return sema_check_builtin_call(ch, e, id, NULL, expect, in_for);
    }
    const Type *oty = sema_check_expr(ch, attr->as.attribute.value, NULL);
    if (oty->kind == TY_ERROR)
        return fail_args(ch, e);
    ClassEntry *ce = instance_class(ch, oty);
    if (ce)
        return call_method(ch, e, ce);
    const char *recv = oty->kind == TY_LIST  ? "list"
                       : oty->kind == TY_STR ? "str"
                       : oty->kind == TY_REG ? "Reg" /* adder registers */
                                             : NULL;
    BuiltinId id = recv ? sema_lookup_method(recv, name) : BI_NONE;
    if (id == BI_NONE) {
        sema_error(ch, attr->span, "'%s' object has no attribute '%s'", type_name(oty), name);
        return fail_args(ch, e);
    }
    attr->ref = sema_new_ref(ch, REF_BUILTIN_METHOD);
    attr->ref->builtin = id;
    return sema_check_builtin_call(ch, e, id, attr->as.attribute.value, expect, in_for);
}

static bool is_local_name(Checker *ch, const char *name) {
    FnState *fs = ch->fs;
    for (uint32_t i = 0; i < fs->comp.n; i++)
        if (!strcmp(fs->comp.items[i]->name, name))
            return true;
    for (uint32_t i = 0; i < fs->vars.n; i++)
        if (!strcmp(fs->vars.items[i]->name, name))
            return true;
    for (uint32_t i = 0; i < fs->assigned.n && !fs->is_module; i++)
        if (!strcmp(fs->assigned.items[i], name)) {
            for (uint32_t j = 0; j < fs->global_names.n; j++)
                if (!strcmp(fs->global_names.items[j], name))
                    return false;
            return true;
        }
    return false;
}

static const Type *call_name(Checker *ch, AstExpr *e, const Type *expect, bool in_for) {
    AstExpr *callee = e->as.call.func;
    const char *name = callee->as.name.id.s;
    ModName *mn = is_local_name(ch, name) ? NULL : sema_check_find_name(ch, name);
    if (mn && mn->sym && (mn->sym->kind == SYM_FUNC || mn->sym->kind == SYM_CLASS) && ch->fs->is_module &&
        mn->sym->decl.start > e->span.start) {
        /* Python would raise NameError: the def has not run yet */
        sema_error(ch, callee->span, "'%s' is called before its definition", name);
        return fail_args(ch, e);
    }
    if (mn && mn->sym && mn->sym->kind == SYM_FUNC)
        return call_func(ch, e, mn->sym->fn);
    if (mn && mn->sym && mn->sym->kind == SYM_CLASS)
        return call_ctor(ch, e, mn->sym->cls);
    if (mn && !mn->sym && mn->builtin == BI_NONE) /* a rejected import */
        return fail_args(ch, e);
    if (mn && !mn->sym && !member_type(ch, mn->builtin)) {
        callee->ref = sema_new_ref(ch, REF_BUILTIN);
        callee->ref->builtin = mn->builtin;
        return sema_check_builtin_call(ch, e, mn->builtin, NULL, expect, in_for);
    }
    if (!mn && !is_local_name(ch, name)) {
        if (!strcmp(name, "super")) {
            sema_error(ch, callee->span, "'super()' is not supported by Adder yet (no inheritance)");
            return fail_args(ch, e);
        }
        ExcId exc = sema_lookup_exc(name);
        if (exc != EXC__COUNT) {
            callee->ref = sema_new_ref(ch, REF_CLASS);
            callee->ref->cls = ch->m->exc_classes[exc];
            return call_exc(ch, e, ch->m->exc_classes[exc]);
        }
        BuiltinId id = sema_lookup_function(name);
        if (id != BI_NONE) {
            callee->ref = sema_new_ref(ch, REF_BUILTIN);
            callee->ref->builtin = id;
            return sema_check_builtin_call(ch, e, id, NULL, expect, in_for);
        }
    }
    const Type *ty = sema_check_expr(ch, callee, NULL);
    if (ty->kind != TY_ERROR)
        sema_error(ch, callee->span, "'%s' of type '%s' is not callable", name, type_name(ty));
    return fail_args(ch, e);
}

const Type *sema_check_call(Checker *ch, AstExpr *e, const Type *expect, bool in_for) {
    AstExpr *callee = e->as.call.func;
    const Type *ty;
    if (callee->kind == AST_NAME)
        ty = call_name(ch, e, expect, in_for);
    else if (callee->kind == AST_ATTRIBUTE)
        ty = call_attribute(ch, e, expect, in_for);
    else {
        sema_check_expr(ch, callee, NULL);
        if (callee->ty->kind != TY_ERROR)
            sema_error(ch, callee->span, "this expression is not callable in Adder");
        ty = fail_args(ch, e);
    }
    if (e->kind == AST_CALL) /* isinstance may have folded e into a constant */
        e->ty = ty;
    if (!callee->ty)
        callee->ty = ty;
    if (e->ref && e->ref->kind == REF_CALL_EXC && ty->kind != TY_ERROR && !ch->fs->in_raise) {
        sema_error(ch, e->span, "exception objects are only supported in 'raise' in Adder");
        return fail(ch, e);
    }
    return ty;
}

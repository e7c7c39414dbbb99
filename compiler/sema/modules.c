/* sema/modules.c: imports of the program's own modules.
 *
 * The driver analyses the modules of a program in dependency order (an
 * imported module before its importer, cycles rejected earlier), all with
 * one TypeTable, and hands each checker the SemaModules analysed so far
 * (SemaCtx.modules). Here:
 *  - `import m` / `import m as x` binds a SYM_MODULE whose type is
 *    types_module(m); `m.f(...)`, `m.C(...)`, `m.g` and stores to `m.g`
 *    resolve against m's SemaModule: functions and classes are used
 *    directly (their FuncInfo / ClassInfo belong to m), and `m.g` becomes
 *    a Name with REF_GLOBAL to m's own Symbol, so both modules see one
 *    variable.
 *  - `from m import f, C, g as h` binds f and C to m's FuncInfo/ClassInfo;
 *    a global g becomes a new global of the importer, copied from m's at
 *    the import (Python binds the value, later rebinding in m is not seen).
 *  - The statement's ref (REF_MODULE) lists what the import does when it
 *    runs, in order (sema.h): calls of the imported module bodies (guarded
 *    to run once) and the global copies.
 * Imported classes and functions get ClassEntry/FuncEntry records of
 * their own here (sema_check_class_entry and sema_check_func_entry fall
 * back to them): they are fully checked already. */
#include "sema/check.h"

#include <stdlib.h>
#include <string.h>

/* Module names compare as mangled: "pkg.mod" is the module "pkg__mod". */
static bool same_name(const char *mangled, const char *name, size_t n) {
    for (size_t i = 0; i < n; i++, mangled++) {
        if (name[i] == '.') {
            if (mangled[0] != '_' || mangled[1] != '_')
                return false;
            mangled++;
        } else if (*mangled != name[i]) {
            return false;
        }
    }
    return !*mangled;
}

static SemaModule *find_n(Checker *ch, const char *name, size_t n) {
    for (uint32_t i = 0; i < ch->cx->nmodules; i++)
        if (same_name(ch->cx->modules[i]->name, name, n))
            return ch->cx->modules[i];
    return NULL;
}

SemaModule *sema_modules_find(Checker *ch, const char *name) {
    return find_n(ch, name, strlen(name));
}

SemaModule *sema_modules_of(Checker *ch, const Type *ty) {
    return ty && ty->kind == TY_MODULE ? sema_modules_find(ch, ty->name) : NULL;
}

FuncInfo *sema_modules_func(const SemaModule *m, const char *name) {
    for (uint32_t i = 0; i < m->nfuncs; i++)
        if (!m->funcs[i]->cls && m->funcs[i]->def && !strcmp(m->funcs[i]->name, name))
            return m->funcs[i];
    return NULL;
}

ClassInfo *sema_modules_class(const SemaModule *m, const char *name) {
    for (uint32_t i = 0; i < m->nclasses; i++)
        if (!strcmp(m->classes[i]->name, name))
            return m->classes[i];
    return NULL;
}

Symbol *sema_modules_global(const SemaModule *m, const char *name) {
    for (uint32_t i = 0; i < m->nglobals; i++)
        if (!strcmp(m->globals[i]->name, name) && m->globals[i]->ty)
            return m->globals[i];
    return NULL;
}

ClassEntry *sema_modules_class_entry(Checker *ch, ClassInfo *cls) {
    for (uint32_t i = 0; i < ch->foreign_classes.n; i++)
        if (ch->foreign_classes.items[i]->cls == cls)
            return ch->foreign_classes.items[i];
    ClassEntry *ce = arena_new(ch->arena, ClassEntry);
    ce->cls = cls;
    ce->fields_state = CHECKED;
    for (uint32_t i = 0; i < cls->nfields; i++)
        vec_push(&ce->fields, cls->fields[i]);
    for (uint32_t i = 0; i < cls->nmethods; i++)
        vec_push(&ce->methods, cls->methods[i]);
    vec_push(&ch->foreign_classes, ce);
    return ce;
}

FuncEntry *sema_modules_func_entry(Checker *ch, FuncInfo *fn) {
    for (uint32_t i = 0; i < ch->foreign_funcs.n; i++)
        if (ch->foreign_funcs.items[i]->fn == fn)
            return ch->foreign_funcs.items[i];
    FuncEntry *fe = arena_new(ch->arena, FuncEntry);
    *fe = (FuncEntry){fn, CHECKED, true};
    vec_push(&ch->foreign_funcs, fe);
    return fe;
}

void sema_modules_free(Checker *ch) {
    for (uint32_t i = 0; i < ch->foreign_classes.n; i++) {
        vec_free(&ch->foreign_classes.items[i]->fields);
        vec_free(&ch->foreign_classes.items[i]->methods);
    }
    vec_free(&ch->foreign_classes);
    vec_free(&ch->foreign_funcs);
}

/* ---- what an import statement does when it runs ---- */

static AstExpr *new_expr(Checker *ch, AstExprKind kind, Span span, const Type *ty) {
    AstExpr *e = arena_new(ch->arena, AstExpr);
    e->kind = kind;
    e->span = span;
    e->ty = ty;
    return e;
}

static void add_action(Checker *ch, AstStmt *s, AstExpr *e) {
    if (!s->ref)
        s->ref = sema_new_ref(ch, REF_MODULE);
    SemaRef *r = s->ref;
    AstExpr **args = arena_array(ch->arena, AstExpr *, r->nargs + 1);
    if (r->nargs)
        memcpy(args, r->args, sizeof *args * r->nargs);
    args[r->nargs++] = e;
    r->args = args;
}

/* A call of m's body at s (its traceback line). */
static void add_init_call(Checker *ch, AstStmt *s, SemaModule *m) {
    AstExpr *call = new_expr(ch, AST_CALL, s->span, ch->tt->none);
    call->as.call.func = new_expr(ch, AST_NAME, s->span, types_func(ch->tt, m->body));
    call->as.call.func->as.name.id.s = m->body->name;
    call->as.call.func->ref = sema_new_ref(ch, REF_FUNC);
    call->as.call.func->ref->fn = m->body;
    call->ref = sema_new_ref(ch, REF_CALL_FUNC);
    call->ref->fn = m->body;
    add_action(ch, s, call);
}

static AstExpr *global_name(Checker *ch, Span span, Symbol *sym) {
    AstExpr *e = new_expr(ch, AST_NAME, span, sym->ty);
    e->as.name.id.s = sym->name;
    e->ref = sema_new_ref(ch, REF_GLOBAL);
    e->ref->sym = sym;
    return e;
}

/* Calls of the bodies of pkg, then pkg.mod, for `import pkg.mod`. */
static void add_init_calls(Checker *ch, AstStmt *s, const char *name, SemaModule *m) {
    for (const char *dot = strchr(name, '.'); dot; dot = strchr(dot + 1, '.')) {
        SemaModule *pkg = find_n(ch, name, (size_t)(dot - name));
        if (pkg)
            add_init_call(ch, s, pkg);
    }
    add_init_call(ch, s, m);
}

bool sema_modules_import(Checker *ch, AstStmt *s, AstAlias *a, AstIdent bound) {
    SemaModule *m = sema_modules_find(ch, a->name.s);
    if (!m)
        return false;
    if (strchr(a->name.s, '.') && !a->asname.s) {
        sema_error(ch, a->span, "'import %s' is not supported by Adder yet; write 'import %s as %s' or 'from %s import ...'",
                   a->name.s, a->name.s, strrchr(a->name.s, '.') + 1, a->name.s);
        return true;
    }
    const Type *ty = types_module(ch->tt, m->name);
    ModName *old = sema_check_find_name(ch, bound.s);
    if (!old || !old->sym || old->sym->ty != ty) { /* importing it again rebinds nothing */
        Symbol *sym = sema_check_bind_module_sym(ch, SYM_MODULE, bound, s->span);
        if (sym)
            sym->ty = ty;
    }
    add_init_calls(ch, s, a->name.s, m);
    return true;
}

static void import_name(Checker *ch, AstStmt *s, SemaModule *m, AstAlias *a) {
    const char *pyname = s->as.import.module.s;
    AstIdent bound = a->asname.s ? a->asname : a->name;
    const char *name = a->name.s;
    FuncInfo *fn = sema_modules_func(m, name);
    ClassInfo *cls = fn ? NULL : sema_modules_class(m, name);
    Symbol *g = fn || cls ? NULL : sema_modules_global(m, name);
    if (!fn && !cls && !g) { /* from pkg import mod: a submodule */
        Buf sub = {0};
        buf_printf(&sub, "%s.%s", pyname, name);
        SemaModule *sm = sema_modules_find(ch, buf_cstr(&sub));
        buf_free(&sub);
        if (sm) {
            Symbol *sym = sema_check_bind_module_sym(ch, SYM_MODULE, bound, s->span);
            if (sym)
                sym->ty = types_module(ch->tt, sm->name);
            add_init_call(ch, s, sm);
            return;
        }
    }
    if (!fn && !cls && !g) {
        sema_error(ch, a->span, "cannot import name '%s' from '%s'", name, pyname);
        if (!sema_check_find_name(ch, bound.s))
            vec_push(&ch->names, ((ModName){bound.s, NULL, BI_NONE}));
        return;
    }
    if (g) {
        if (sema_check_find_name(ch, bound.s)) {
            sema_error(ch, a->span, "'%s' is already defined; redefining it is not supported by Adder yet",
                       bound.s);
            return;
        }
        Symbol *mine = sema_check_new_global(ch, bound.s, s->span);
        mine->ty = g->ty;
        add_action(ch, s, global_name(ch, s->span, mine));
        add_action(ch, s, global_name(ch, s->span, g));
        return;
    }
    Symbol *sym = sema_check_bind_module_sym(ch, fn ? SYM_FUNC : SYM_CLASS, bound, s->span);
    if (!sym)
        return;
    sym->fn = fn;
    sym->cls = cls;
    sym->ty = fn ? types_func(ch->tt, fn) : types_class(ch->tt, cls);
}

bool sema_modules_import_from(Checker *ch, AstStmt *s) {
    SemaModule *m = s->as.import.level ? NULL : sema_modules_find(ch, s->as.import.module.s);
    if (!m)
        return false;
    add_init_calls(ch, s, s->as.import.module.s, m);
    for (uint32_t i = 0; i < s->as.import.names.n; i++) {
        AstAlias *a = s->as.import.names.items[i];
        if (!strcmp(a->name.s, "*"))
            sema_error(ch, a->span, "'from %s import *' is not supported by Adder yet", s->as.import.module.s);
        else
            import_name(ch, s, m, a);
    }
    return true;
}

/* ---- m.name ---- */

/* Rewrites e (`m.g`, a global of m) into a Name with REF_GLOBAL. */
static const Type *as_global(AstExpr *e, SemaRef *ref, Symbol *g) {
    e->kind = AST_NAME;
    e->as.name.id.s = g->name;
    e->ref = ref;
    e->ref->sym = g;
    e->ty = g->ty;
    return g->ty;
}

const Type *sema_modules_attribute(Checker *ch, AstExpr *e, SemaModule *m) {
    const char *name = e->as.attribute.attr.s;
    Symbol *g = sema_modules_global(m, name);
    if (g)
        return as_global(e, sema_new_ref(ch, REF_GLOBAL), g);
    if (sema_modules_func(m, name))
        sema_error(ch, e->span, "functions as values are not supported by Adder yet");
    else if (sema_modules_class(m, name))
        sema_error(ch, e->span, "classes as values are not supported by Adder yet");
    else
        sema_error(ch, e->span, "module '%s' has no attribute '%s'", m->name, name);
    e->ty = ch->tt->error;
    return e->ty;
}

SemaModule *sema_modules_target(Checker *ch, AstExpr *e) {
    AstExpr *obj = e->as.attribute.value;
    if (e->kind != AST_ATTRIBUTE || obj->kind != AST_NAME)
        return NULL;
    ModName *mn = sema_check_find_name(ch, obj->as.name.id.s);
    if (!mn || !mn->sym || mn->sym->kind != SYM_MODULE)
        return NULL;
    for (uint32_t i = 0; ch->fs && i < ch->fs->vars.n; i++) /* a local of that name hides it */
        if (!strcmp(ch->fs->vars.items[i]->name, obj->as.name.id.s) && !ch->fs->is_module)
            return NULL;
    return sema_modules_of(ch, mn->sym->ty);
}

Symbol *sema_modules_store(Checker *ch, AstExpr *e, SemaModule *m) {
    Symbol *g = sema_modules_global(m, e->as.attribute.attr.s);
    if (!g) {
        sema_error(ch, e->span, "cannot assign to '%s.%s': only the variables of a module can be assigned in Adder",
                   m->name, e->as.attribute.attr.s);
        e->ty = ch->tt->error;
        return NULL;
    }
    as_global(e, sema_new_ref(ch, REF_GLOBAL), g);
    return g;
}

bool sema_is_builtin_module(const char *name) {
    return sema_is_module_known(name) || !strcmp(name, "typing") || !strcmp(name, "__future__") ||
           !strcmp(name, "adder");
}

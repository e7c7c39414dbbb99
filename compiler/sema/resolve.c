/* sema/resolve.c: the checker's driver — declarations, annotations,
 * signatures and class layouts, then the bodies in a fixed order.
 *
 * sema_analyze works in four steps:
 *  1. declare: one walk over the module's statements binds every
 *     module-level name: functions (SYM_FUNC), classes (SYM_CLASS), imported
 *     modules (SYM_MODULE) and builtins (`from math import pi`), and globals
 *     (SYM_GLOBAL: names assigned at module level or declared `global` in a
 *     function). Definitions must be at the top level of the module.
 *  2. signatures: every parameter and return annotation becomes a Type;
 *     class-level `x: T` declarations become the first fields.
 *  3. the module body is checked in order (it gives unannotated globals
 *     their types), then every function and method in source order. A
 *     class's __init__ is checked earlier, on demand, the first time its
 *     fields are needed: the fields are the `self.NAME` it assigns.
 *  4. the SemaModule is filled from the checker's tables.
 * Names are mangled "<mod>__<func>", "<mod>__<Class>__<method>". */
#include "sema/check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sema_error(Checker *ch, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_report(ch->cx->diag, DIAG_ERROR, span, fmt, ap);
    va_end(ap);
}

void sema_unsupported(Checker *ch, Span span, const char *what) {
    char last = what[strlen(what) - 1];
    sema_error(ch, span, "%s %s not supported by Adder yet", what, last == 's' || last == ')' ? "are" : "is");
}

void *sema_copy_ptrs(Checker *ch, void *items, uint32_t n) {
    void **out = arena_array(ch->arena, void *, n + 1);
    if (n)
        memcpy(out, items, sizeof(void *) * n);
    return out;
}

SemaRef *sema_new_ref(Checker *ch, RefKind kind) {
    SemaRef *ref = arena_new(ch->arena, SemaRef);
    ref->kind = kind;
    return ref;
}

static char *fmt_name(Checker *ch, const char *fmt, ...) ADDER_PRINTF(2, 3);
static char *fmt_name(Checker *ch, const char *fmt, ...) {
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    char *s = arena_strndup(ch->arena, b.data, b.len);
    buf_free(&b);
    return s;
}

ModName *sema_check_find_name(Checker *ch, const char *name) {
    for (uint32_t i = 0; i < ch->names.n; i++)
        if (strcmp(ch->names.items[i].name, name) == 0)
            return &ch->names.items[i];
    return NULL;
}

ClassEntry *sema_check_class_entry(Checker *ch, ClassInfo *cls) {
    for (uint32_t i = 0; i < ch->classes.n; i++)
        if (ch->classes.items[i]->cls == cls)
            return ch->classes.items[i];
    return cls->def ? sema_modules_class_entry(ch, cls) : NULL; /* an imported class */
}

FuncEntry *sema_check_func_entry(Checker *ch, FuncInfo *fn) {
    for (uint32_t i = 0; i < ch->funcs.n; i++)
        if (ch->funcs.items[i].fn == fn)
            return &ch->funcs.items[i];
    return sema_modules_func_entry(ch, fn); /* an imported function */
}

FieldInfo *sema_check_find_field(ClassEntry *ce, const char *name) {
    for (uint32_t i = 0; i < ce->fields.n; i++)
        if (strcmp(ce->fields.items[i]->name, name) == 0)
            return ce->fields.items[i];
    return NULL;
}

FuncInfo *sema_check_find_method(ClassEntry *ce, const char *name) {
    for (uint32_t i = 0; i < ce->methods.n; i++)
        if (strcmp(ce->methods.items[i]->name, name) == 0)
            return ce->methods.items[i];
    return NULL;
}

void sema_check_class_fields(Checker *ch, ClassEntry *ce) {
    if (ce->fields_state != UNCHECKED)
        return;
    ce->fields_state = CHECKING;
    FuncInfo *init = ce->cls->init;
    if (init) {
        FuncEntry *fe = sema_check_func_entry(ch, init);
        if (fe->state == UNCHECKED)
            sema_check_function(ch, fe);
    }
    ce->fields_state = CHECKED;
}

Symbol *sema_check_new_global(Checker *ch, const char *name, Span decl) {
    Symbol *sym = arena_new(ch->arena, Symbol);
    sym->kind = SYM_GLOBAL;
    sym->name = name;
    sym->module = ch->modname;
    sym->index = ch->globals.n;
    sym->decl = decl;
    vec_push(&ch->globals, sym);
    vec_push(&ch->names, ((ModName){name, sym, BI_NONE}));
    return sym;
}

/* ---- annotations ---- */

static const Type *optional_of(Checker *ch, AstExpr *ann, const Type *ty) {
    if (ty->kind == TY_ERROR)
        return ty;
    if (!type_is_object(ty) || ty->kind == TY_OPTIONAL) {
        sema_error(ch, ann->span, "'%s | None' is not supported yet", type_name(ty));
        return ch->tt->error;
    }
    return types_optional(ch->tt, ty);
}

static bool is_none_ann(AstExpr *e) { return e->kind == AST_CONSTANT && e->as.constant.kind == CONST_NONE; }

static const char *ann_name(AstExpr *e) {
    if (e->kind == AST_NAME)
        return e->as.name.id.s;
    if (e->kind == AST_ATTRIBUTE && e->as.attribute.value->kind == AST_NAME &&
        strcmp(e->as.attribute.value->as.name.id.s, "typing") == 0)
        return e->as.attribute.attr.s;
    return NULL;
}

static const Type *named_type(Checker *ch, AstExpr *ann, const char *name) {
    static const struct {
        const char *name;
        size_t off;
    } scalars[] = {
        {"int", offsetof(TypeTable, int_)},
        {"float", offsetof(TypeTable, float_)},
        {"bool", offsetof(TypeTable, bool_)},
        {"str", offsetof(TypeTable, str)},
        {"bytearray", offsetof(TypeTable, bytearray)},
    };
    for (size_t i = 0; i < sizeof scalars / sizeof scalars[0]; i++)
        if (strcmp(name, scalars[i].name) == 0)
            return *(const Type **)((char *)ch->tt + scalars[i].off);
    ModName *mn = sema_check_find_name(ch, name);
    if (mn && mn->sym && mn->sym->kind == SYM_CLASS)
        return types_class(ch->tt, mn->sym->cls);
    const Type *fixed = sema_fixed_named_type(ch, ann); /* adder module types */
    if (fixed)
        return fixed;
    if (!strcmp(name, "list") || !strcmp(name, "tuple") || !strcmp(name, "List") || !strcmp(name, "Tuple")) {
        sema_error(ch, ann->span, "'%s' needs element types, e.g. '%s[int]'", name, name);
        return ch->tt->error;
    }
    if (!strcmp(name, "dict") || !strcmp(name, "set") || !strcmp(name, "Dict") || !strcmp(name, "Set") ||
        !strcmp(name, "Callable") || !strcmp(name, "Any") || !strcmp(name, "bytes") ||
        !strcmp(name, "complex") || !strcmp(name, "object") || !strcmp(name, "frozenset") ||
        !strcmp(name, "Iterator") || !strcmp(name, "Union")) {
        sema_error(ch, ann->span, "type '%s' is not supported by Adder yet", name);
        return ch->tt->error;
    }
    sema_error(ch, ann->span, "unknown type '%s'", name);
    return ch->tt->error;
}

static const Type *subscript_type(Checker *ch, AstExpr *ann) {
    const char *base = ann_name(ann->as.subscript.value);
    AstExpr *arg = ann->as.subscript.slice;
    if (base && (!strcmp(base, "list") || !strcmp(base, "List"))) {
        const Type *elem = sema_check_annotation(ch, arg);
        return elem->kind == TY_ERROR ? elem : types_list(ch->tt, elem);
    }
    if (base && (!strcmp(base, "tuple") || !strcmp(base, "Tuple"))) {
        AstExpr **items = arg->kind == AST_TUPLE ? arg->as.seq.elts.items : &arg;
        uint32_t n = arg->kind == AST_TUPLE ? arg->as.seq.elts.n : 1;
        const Type **elems = arena_array(ch->arena, const Type *, n ? n : 1);
        bool ok = true;
        for (uint32_t i = 0; i < n; i++) {
            if (items[i]->kind == AST_CONSTANT && items[i]->as.constant.kind == CONST_ELLIPSIS) {
                sema_error(ch, items[i]->span, "variable-length tuples are not supported by Adder yet");
                return ch->tt->error;
            }
            elems[i] = sema_check_annotation(ch, items[i]);
            ok = ok && elems[i]->kind != TY_ERROR;
        }
        if (!n) {
            sema_error(ch, ann->span, "empty tuples are not supported by Adder yet");
            return ch->tt->error;
        }
        return ok ? types_tuple(ch->tt, elems, n) : ch->tt->error;
    }
    if (base && !strcmp(base, "Optional"))
        return optional_of(ch, ann, sema_check_annotation(ch, arg));
    if (base) {
        const Type *ty = named_type(ch, ann->as.subscript.value, base);
        if (ty->kind != TY_ERROR)
            sema_error(ch, ann->span, "type '%s' takes no parameters", base);
        return ch->tt->error;
    }
    sema_error(ch, ann->span, "invalid type annotation");
    return ch->tt->error;
}

/* "Node" or "Node | None" written as a string (a forward reference). */
static const Type *string_type(Checker *ch, AstExpr *ann) {
    const char *s = ann->as.constant.text;
    uint32_t len = ann->as.constant.len;
    while (len && s[0] == ' ')
        s++, len--;
    while (len && s[len - 1] == ' ')
        len--;
    bool optional = len > 7 && memcmp(s + len - 7, " | None", 7) == 0;
    if (optional)
        len -= 7;
    char *name = arena_strndup(ch->arena, s, len);
    for (uint32_t i = 0; i < len; i++)
        if (!(name[i] == '_' || (name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') ||
              (i && name[i] >= '0' && name[i] <= '9'))) {
            sema_error(ch, ann->span, "string annotations must name a class, e.g. \"Node\"");
            return ch->tt->error;
        }
    const Type *ty = named_type(ch, ann, name);
    return optional ? optional_of(ch, ann, ty) : ty;
}

const Type *sema_check_annotation(Checker *ch, AstExpr *ann) {
    switch (ann->kind) {
    case AST_NAME: return named_type(ch, ann, ann->as.name.id.s);
    case AST_ATTRIBUTE: {
        const Type *fixed = sema_fixed_named_type(ch, ann); /* `adder.u8` */
        if (fixed)
            return fixed;
        const char *name = ann_name(ann);
        if (name)
            return named_type(ch, ann, name);
        break;
    }
    case AST_CONSTANT:
        if (ann->as.constant.kind == CONST_NONE)
            return ch->tt->none;
        if (ann->as.constant.kind == CONST_STR)
            return string_type(ch, ann);
        break;
    case AST_SUBSCRIPT: return subscript_type(ch, ann);
    case AST_BIN_OP:
        if (ann->as.binop.op != BINOP_BIT_OR)
            break;
        if (is_none_ann(ann->as.binop.right))
            return optional_of(ch, ann, sema_check_annotation(ch, ann->as.binop.left));
        if (is_none_ann(ann->as.binop.left))
            return optional_of(ch, ann, sema_check_annotation(ch, ann->as.binop.right));
        sema_error(ch, ann->span, "union types other than 'T | None' are not supported by Adder yet");
        return ch->tt->error;
    default: break;
    }
    sema_error(ch, ann->span, "invalid type annotation");
    return ch->tt->error;
}

/* ---- step 1: declarations ---- */

Symbol *sema_check_bind_module_sym(Checker *ch, SymKind kind, AstIdent id, Span decl) {
    ModName *old = sema_check_find_name(ch, id.s);
    if (old) {
        sema_error(ch, decl, "'%s' is already defined; redefining it is not supported by Adder yet", id.s);
        return NULL;
    }
    Symbol *sym = arena_new(ch->arena, Symbol);
    sym->kind = kind;
    sym->name = id.s;
    sym->decl = decl;
    vec_push(&ch->names, ((ModName){id.s, sym, BI_NONE}));
    return sym;
}

static FuncInfo *new_func(Checker *ch, AstStmt *def, ClassInfo *cls) {
    FuncInfo *fn = arena_new(ch->arena, FuncInfo);
    fn->name = def->as.funcdef.name.s;
    fn->def = def;
    fn->cls = cls;
    fn->cname = cls ? fmt_name(ch, "%s__%s__%s", ch->modname, cls->name, fn->name)
                    : fmt_name(ch, "%s__%s", ch->modname, fn->name);
    vec_push(&ch->funcs, ((FuncEntry){fn, UNCHECKED, false}));
    return fn;
}

static void declare_func(Checker *ch, AstStmt *s) {
    const char *ext_name = NULL;
    bool is_extern = false;
    if (s->as.funcdef.decorators.n) { /* @adder.extern is the only decorator */
        AstExpr *d = s->as.funcdef.decorators.items[0];
        is_extern = s->as.funcdef.decorators.n == 1 && sema_fixed_extern_decorator(ch, d, &ext_name);
        if (!is_extern) {
            sema_unsupported(ch, d->span, "decorators");
            return;
        }
    }
    Symbol *sym = sema_check_bind_module_sym(ch, SYM_FUNC, s->as.funcdef.name, s->span);
    FuncInfo *fn = new_func(ch, s, NULL);
    if (is_extern) {
        fn->is_extern = true;
        fn->cname = ext_name ? ext_name : fn->name;
    }
    if (sym) {
        sym->fn = fn;
        sym->ty = types_func(ch->tt, fn);
    }
    s->ref = sema_new_ref(ch, REF_FUNC);
    s->ref->fn = fn;
}

static bool is_dunder(const char *name) {
    size_t n = strlen(name);
    return n > 4 && name[0] == '_' && name[1] == '_' && name[n - 1] == '_' && name[n - 2] == '_';
}

static void declare_method(Checker *ch, ClassEntry *ce, AstStmt *s) {
    const char *name = s->as.funcdef.name.s;
    if (s->kind == AST_ASYNC_FUNCTION_DEF) {
        sema_unsupported(ch, s->span, "async functions");
        return;
    }
    if (s->as.funcdef.decorators.n) {
        AstExpr *d = s->as.funcdef.decorators.items[0];
        const char *dn = d->kind == AST_NAME ? d->as.name.id.s : NULL;
        if (dn && (!strcmp(dn, "staticmethod") || !strcmp(dn, "classmethod") || !strcmp(dn, "property")))
            sema_error(ch, d->span, "%s methods are not supported by Adder yet",
                       !strcmp(dn, "property") ? "property" : dn);
        else
            sema_unsupported(ch, d->span, "decorators");
        return;
    }
    if (is_dunder(name) && strcmp(name, "__init__") != 0) {
        sema_error(ch, s->span, "special method '%s' is not supported by Adder yet", name);
        return;
    }
    if (sema_check_find_method(ce, name)) {
        sema_error(ch, s->span, "method '%s' is already defined in class '%s'", name, ce->cls->name);
        return;
    }
    FuncInfo *fn = new_func(ch, s, ce->cls);
    vec_push(&ce->methods, fn);
    if (!strcmp(name, "__init__"))
        ce->cls->init = fn;
    s->ref = sema_new_ref(ch, REF_METHOD);
    s->ref->fn = fn;
}

static void declare_class(Checker *ch, AstStmt *s) {
    if (s->as.classdef.decorators.n) {
        sema_unsupported(ch, s->as.classdef.decorators.items[0]->span, "class decorators");
        return;
    }
    if (s->as.classdef.bases.n || s->as.classdef.keywords.n) {
        Span at = s->as.classdef.bases.n ? s->as.classdef.bases.items[0]->span
                                         : s->as.classdef.keywords.items[0]->span;
        sema_error(ch, at, "inheritance is not supported by Adder yet");
    }
    Symbol *sym = sema_check_bind_module_sym(ch, SYM_CLASS, s->as.classdef.name, s->span);
    ClassInfo *cls = arena_new(ch->arena, ClassInfo);
    cls->name = s->as.classdef.name.s;
    cls->cname = fmt_name(ch, "%s__%s", ch->modname, cls->name);
    cls->def = s;
    cls->exc = EXC__COUNT;
    ClassEntry *ce = arena_new(ch->arena, ClassEntry);
    ce->cls = cls;
    ce->poisoned = s->as.classdef.bases.n || s->as.classdef.keywords.n;
    vec_push(&ch->classes, ce);
    if (sym) {
        sym->cls = cls;
        sym->ty = types_class(ch->tt, cls);
    }
    s->ref = sema_new_ref(ch, REF_CLASS);
    s->ref->cls = cls;
    for (uint32_t i = 0; i < s->as.classdef.body.n; i++) {
        AstStmt *m = s->as.classdef.body.items[i];
        if (m->kind == AST_FUNCTION_DEF || m->kind == AST_ASYNC_FUNCTION_DEF)
            declare_method(ch, ce, m);
    }
}

static void declare_module(Checker *ch, AstStmt *s, AstIdent id, const char *module) {
    Symbol *sym = sema_check_bind_module_sym(ch, SYM_MODULE, id, s->span);
    if (sym)
        sym->ty = types_module(ch->tt, module);
}

static void declare_import(Checker *ch, AstStmt *s) {
    for (uint32_t i = 0; i < s->as.import.names.n; i++) {
        AstAlias *a = s->as.import.names.items[i];
        AstIdent bound = a->asname.s ? a->asname : a->name;
        if (!a->asname.s && strchr(bound.s, '.')) /* `import os.path` binds `os` */
            bound.s = arena_strndup(ch->arena, bound.s, (size_t)(strchr(bound.s, '.') - bound.s));
        if (!sema_is_module_known(a->name.s) && sema_modules_import(ch, s, a, bound)) /* D */
            continue;
        if (!sema_is_module_known(a->name.s)) {
            sema_error(ch, a->span, "no module named '%s'", a->name.s);
            Symbol *sym =
                sema_check_find_name(ch, bound.s) ? NULL : sema_check_bind_module_sym(ch, SYM_MODULE, bound, s->span);
            if (sym) /* uses of the module are then silent */
                sym->ty = ch->tt->error;
            continue;
        }
        declare_module(ch, s, bound, a->name.s);
    }
}

static void declare_import_from(Checker *ch, AstStmt *s) {
    const char *module = s->as.import.module.s ? s->as.import.module.s : "";
    if (!strcmp(module, "__future__") || !strcmp(module, "typing"))
        return; /* annotations only: `from typing import Optional` */
    if (!sema_is_module_known(module) && sema_modules_import_from(ch, s)) /* D */
        return;
    if (s->as.import.level || !sema_is_module_known(module)) {
        if (s->as.import.level)
            sema_error(ch, s->span, "relative imports are not supported by Adder yet");
        else
            sema_error(ch, s->span, "no module named '%s'", module);
        /* bind the names anyway (BI_NONE: uses are silent) */
        for (uint32_t i = 0; i < s->as.import.names.n; i++) {
            AstAlias *a = s->as.import.names.items[i];
            const char *bound = a->asname.s ? a->asname.s : a->name.s;
            if (strcmp(bound, "*") != 0 && !sema_check_find_name(ch, bound))
                vec_push(&ch->names, ((ModName){bound, NULL, BI_NONE}));
        }
        return;
    }
    for (uint32_t i = 0; i < s->as.import.names.n; i++) {
        AstAlias *a = s->as.import.names.items[i];
        BuiltinId id = sema_lookup_member(module, a->name.s);
        if (!strcmp(a->name.s, "*")) {
            sema_error(ch, a->span, "'from %s import *' is not supported by Adder yet", module);
            continue;
        }
        AstIdent bound = a->asname.s ? a->asname : a->name;
        if (id == BI_NONE) {
            sema_error(ch, a->span, "'%s.%s' is not supported by Adder yet", module, a->name.s);
            if (!sema_check_find_name(ch, bound.s))
                vec_push(&ch->names, ((ModName){bound.s, NULL, BI_NONE}));
            continue;
        }
        if (sema_check_find_name(ch, bound.s)) {
            sema_error(ch, a->span, "'%s' is already defined; redefining it is not supported by Adder yet",
                       bound.s);
            continue;
        }
        vec_push(&ch->names, ((ModName){bound.s, NULL, id}));
    }
}

/* Definitions and imports must be at the top level of the module. */
static void declare_nested(Checker *ch, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_FUNCTION_DEF:
        case AST_CLASS_DEF:
            sema_error(ch, s->span, "conditional definitions are not supported by Adder yet");
            break;
        case AST_IMPORT:
        case AST_IMPORT_FROM:
            sema_error(ch, s->span, "imports must be at the top level of the module in Adder");
            break;
        case AST_IF:
        case AST_WHILE:
            declare_nested(ch, s->as.if_.body);
            declare_nested(ch, s->as.if_.orelse);
            break;
        case AST_FOR:
            declare_nested(ch, s->as.for_.body);
            declare_nested(ch, s->as.for_.orelse);
            break;
        default: break;
        }
    }
}

static void declare_all(Checker *ch, AstModule *mod) {
    for (uint32_t i = 0; i < mod->body.n; i++) {
        AstStmt *s = mod->body.items[i];
        switch (s->kind) {
        case AST_FUNCTION_DEF: declare_func(ch, s); break;
        case AST_ASYNC_FUNCTION_DEF: sema_unsupported(ch, s->span, "async functions"); break;
        case AST_CLASS_DEF: declare_class(ch, s); break;
        case AST_IMPORT: declare_import(ch, s); break;
        case AST_IMPORT_FROM: declare_import_from(ch, s); break;
        case AST_IF:
            declare_nested(ch, s->as.if_.body);
            declare_nested(ch, s->as.if_.orelse);
            break;
        case AST_WHILE:
            declare_nested(ch, s->as.while_.body);
            declare_nested(ch, s->as.while_.orelse);
            break;
        case AST_FOR:
            declare_nested(ch, s->as.for_.body);
            declare_nested(ch, s->as.for_.orelse);
            break;
        default: break;
        }
    }
}

/* ---- step 2: signatures and class-level fields ---- */

static bool is_const_default(AstExpr *e) {
    if (e->kind == AST_UNARY_OP && (e->as.unary.op == UNOP_USUB || e->as.unary.op == UNOP_UADD))
        e = e->as.unary.operand;
    if (e->kind == AST_CONSTANT)
        return true;
    if (e->kind == AST_TUPLE) {
        for (uint32_t i = 0; i < e->as.seq.elts.n; i++)
            if (!is_const_default(e->as.seq.elts.items[i]))
                return false;
        return true;
    }
    return false;
}

static Symbol *new_param(Checker *ch, FuncInfo *fn, AstArg *arg, const Type *ty, uint32_t index) {
    Symbol *sym = arena_new(ch->arena, Symbol);
    sym->kind = SYM_LOCAL;
    sym->name = arg->arg.s;
    sym->ty = ty;
    sym->is_param = true;
    sym->index = index;
    sym->decl = arg->span;
    fn->locals[index] = sym;
    return sym;
}

static void param_default(Checker *ch, FuncInfo *fn, uint32_t i, AstExpr *def) {
    if (!def)
        return;
    if (def->kind == AST_LIST || def->kind == AST_DICT || def->kind == AST_SET) {
        sema_error(ch, def->span, "mutable default values are not supported by Adder yet");
        return;
    }
    if (!is_const_default(def)) {
        sema_error(ch, def->span, "default values must be constants in Adder");
        return;
    }
    fn->defaults[i] = def;
    if (fn->locals[i]->ty->kind != TY_ERROR)
        sema_check_value(ch, def, fn->locals[i]->ty, "default value");
}

static void resolve_signature(Checker *ch, FuncEntry *fe) {
    FuncInfo *fn = fe->fn;
    AstArguments *a = fn->def->as.funcdef.args;
    uint32_t errors = ch->cx->diag->nerrors;
    if (a->vararg)
        sema_unsupported(ch, a->vararg->span, "'*args' parameters");
    if (a->kwarg)
        sema_unsupported(ch, a->kwarg->span, "'**kwargs' parameters");
    uint32_t npos = a->posonlyargs.n + a->args.n, n = npos + a->kwonlyargs.n;
    fn->nparams = n;
    fn->nlocals = n;
    fn->locals = arena_array(ch->arena, Symbol *, n ? n : 1);
    fn->defaults = arena_array(ch->arena, AstExpr *, n ? n : 1);
    if (fn->cls && !n) {
        sema_error(ch, fn->def->span, "method '%s' needs a 'self' parameter", fn->name);
        fn->ret = ch->tt->error;
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        AstArg *arg = i < a->posonlyargs.n ? a->posonlyargs.items[i]
                      : i < npos           ? a->args.items[i - a->posonlyargs.n]
                                           : a->kwonlyargs.items[i - npos];
        const Type *ty;
        if (i == 0 && fn->cls) {
            ty = types_class(ch->tt, fn->cls);
            if (arg->annotation && sema_check_annotation(ch, arg->annotation) != ty)
                sema_error(ch, arg->annotation->span, "'self' must have type '%s'", fn->cls->name);
        } else if (!arg->annotation) {
            sema_error(ch, arg->span,
                       "parameter '%s' of '%s' has no type annotation; add a type annotation, e.g. '%s: int'",
                       arg->arg.s, fn->name, arg->arg.s);
            ty = ch->tt->error;
        } else {
            ty = sema_check_annotation(ch, arg->annotation);
        }
        new_param(ch, fn, arg, ty, i);
    }
    for (uint32_t i = 0; i < a->defaults.n; i++)
        param_default(ch, fn, npos - a->defaults.n + i, a->defaults.items[i]);
    for (uint32_t i = 0; i < a->kw_defaults.n; i++)
        param_default(ch, fn, npos + i, a->kw_defaults.items[i]);
    AstExpr *ret = fn->def->as.funcdef.returns;
    if (ret)
        fn->ret = sema_check_annotation(ch, ret);
    else if (fn->cls && !strcmp(fn->name, "__init__"))
        fn->ret = ch->tt->none;
    else {
        sema_error(ch, fn->def->span,
                   "function '%s' has no return type annotation; add a type annotation, e.g. '-> None'",
                   fn->name);
        fn->ret = ch->tt->error;
    }
    if (fn->cls && !strcmp(fn->name, "__init__") && fn->ret->kind != TY_NONE && fn->ret->kind != TY_ERROR)
        sema_error(ch, ret->span, "'__init__' must return None");
    fe->sig_ok = ch->cx->diag->nerrors == errors;
}

static FieldInfo *add_field(Checker *ch, ClassEntry *ce, const char *name, const Type *ty, Span decl) {
    FieldInfo *f = arena_new(ch->arena, FieldInfo);
    f->name = name;
    f->ty = ty;
    f->index = ce->fields.n;
    f->decl = decl;
    vec_push(&ce->fields, f);
    return f;
}

static void class_body(Checker *ch, ClassEntry *ce) {
    AstStmtList body = ce->cls->def->as.classdef.body;
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_FUNCTION_DEF:
        case AST_ASYNC_FUNCTION_DEF:
        case AST_PASS: break;
        case AST_EXPR: /* a docstring, or `...` */
            if (s->as.value.value->kind != AST_CONSTANT)
                sema_error(ch, s->span, "statements in a class body are not supported by Adder yet");
            else
                s->as.value.value->ty =
                    s->as.value.value->as.constant.kind == CONST_STR ? ch->tt->str : ch->tt->none;
            break;
        case AST_ANN_ASSIGN: {
            AstExpr *t = s->as.annassign.target;
            if (s->as.annassign.value || t->kind != AST_NAME) {
                sema_unsupported(ch, s->span, "class attributes");
                break;
            }
            if (sema_check_find_field(ce, t->as.name.id.s)) {
                sema_error(ch, t->span, "field '%s' is already declared", t->as.name.id.s);
                break;
            }
            add_field(ch, ce, t->as.name.id.s, sema_check_annotation(ch, s->as.annassign.annotation),
                      t->span);
            break;
        }
        case AST_ASSIGN:
        case AST_AUG_ASSIGN: sema_unsupported(ch, s->span, "class attributes"); break;
        default: sema_error(ch, s->span, "statements in a class body are not supported by Adder yet"); break;
        }
    }
}

FieldInfo *sema_check_add_field(Checker *ch, ClassEntry *ce, const char *name, const Type *ty, Span decl) {
    return add_field(ch, ce, name, ty, decl);
}

/* Module-level `x: T = ...` fixes the global's type before any code runs. */
static void global_annotations(Checker *ch, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        AstStmt *s = body.items[i];
        if (s->kind == AST_IF || s->kind == AST_WHILE) {
            global_annotations(ch, s->as.if_.body);
            global_annotations(ch, s->as.if_.orelse);
        } else if (s->kind == AST_FOR) {
            global_annotations(ch, s->as.for_.body);
            global_annotations(ch, s->as.for_.orelse);
        }
        if (s->kind != AST_ANN_ASSIGN || s->as.annassign.target->kind != AST_NAME)
            continue;
        ModName *mn = sema_check_find_name(ch, s->as.annassign.target->as.name.id.s);
        if (!mn || !mn->sym || mn->sym->kind != SYM_GLOBAL)
            continue;
        const Type *ty = sema_check_annotation(ch, s->as.annassign.annotation);
        if (!mn->sym->ty)
            mn->sym->ty = ty;
        else if (mn->sym->ty != ty && ty->kind != TY_ERROR && mn->sym->ty->kind != TY_ERROR)
            sema_error(ch, s->as.annassign.annotation->span, "'%s' was declared with type '%s' before",
                       mn->sym->name, type_name(mn->sym->ty));
    }
}

/* ---- steps 3 and 4 ---- */

static void make_exc_classes(Checker *ch) {
    for (int i = 0; i < EXC__COUNT; i++) {
        ClassInfo *cls = arena_new(ch->arena, ClassInfo);
        cls->name = sema_exc_name((ExcId)i);
        cls->cname = cls->name;
        cls->exc = (ExcId)i;
        ch->m->exc_classes[i] = cls;
    }
}

static void fill_module(Checker *ch) {
    SemaModule *m = ch->m;
    m->nfuncs = ch->funcs.n;
    m->funcs = arena_array(ch->arena, FuncInfo *, m->nfuncs ? m->nfuncs : 1);
    for (uint32_t i = 0; i < m->nfuncs; i++)
        m->funcs[i] = ch->funcs.items[i].fn;
    m->nclasses = ch->classes.n;
    m->classes = arena_array(ch->arena, ClassInfo *, m->nclasses ? m->nclasses : 1);
    for (uint32_t i = 0; i < m->nclasses; i++) {
        ClassEntry *ce = ch->classes.items[i];
        m->classes[i] = ce->cls;
        ce->cls->nfields = ce->fields.n;
        ce->cls->fields = sema_copy_ptrs(ch, ce->fields.items, ce->fields.n);
        ce->cls->nmethods = ce->methods.n;
        ce->cls->methods = sema_copy_ptrs(ch, ce->methods.items, ce->methods.n);
    }
    m->nglobals = ch->globals.n;
    m->globals = sema_copy_ptrs(ch, ch->globals.items, ch->globals.n);
}

static void free_checker(Checker *ch) {
    for (uint32_t i = 0; i < ch->classes.n; i++) {
        vec_free(&ch->classes.items[i]->fields);
        vec_free(&ch->classes.items[i]->methods);
    }
    vec_free(&ch->classes);
    vec_free(&ch->funcs);
    vec_free(&ch->globals);
    vec_free(&ch->names);
    sema_modules_free(ch);
}

SemaModule *sema_analyze(SemaCtx *cx, AstModule *mod, const char *modname) {
    ADDER_ASSERT(cx->types, "sema_analyze needs a TypeTable");
    Checker ch_ = {.cx = cx, .arena = cx->arena, .tt = cx->types, .modname = modname};
    Checker *ch = &ch_;
    uint32_t errors = cx->diag->nerrors;
    ch->m = arena_new(cx->arena, SemaModule);
    ch->m->name = modname;
    ch->m->types = cx->types;
    make_exc_classes(ch);
    FuncInfo *body = arena_new(cx->arena, FuncInfo);
    body->name = "<module>";
    body->cname = fmt_name(ch, "%s__0module", modname);
    body->ret = ch->tt->none;
    ch->m->body = body;

    declare_all(ch, mod);
    /* Globals: module-level assignments and `global` names in functions. */
    FnState mfs = {.fn = body, .is_module = true};
    ch->fs = &mfs;
    sema_check_collect_assigned(ch, mod->body);
    for (uint32_t i = 0; i < ch->funcs.n; i++) {
        FnState tmp = {0};
        ch->fs = &tmp;
        sema_check_collect_assigned(ch, ch->funcs.items[i].fn->def->as.funcdef.body);
        for (uint32_t j = 0; j < tmp.global_names.n; j++)
            if (!sema_check_find_name(ch, tmp.global_names.items[j]))
                sema_check_new_global(ch, tmp.global_names.items[j], ch->funcs.items[i].fn->def->span);
        vec_free(&tmp.assigned);
        vec_free(&tmp.global_names);
    }
    ch->fs = &mfs;
    for (uint32_t i = 0; i < ch->classes.n; i++)
        class_body(ch, ch->classes.items[i]);
    for (uint32_t i = 0; i < ch->funcs.n; i++) {
        resolve_signature(ch, &ch->funcs.items[i]);
        FuncEntry *fe = &ch->funcs.items[i];
        if (fe->fn->is_extern) { /* the Python body is only the CPython simulation */
            sema_fixed_check_extern(ch, fe->fn);
            fe->state = CHECKED;
        }
    }
    global_annotations(ch, mod->body);

    sema_check_body(ch, mod->body);
    for (uint32_t i = 0; i < ch->classes.n; i++)
        sema_check_class_fields(ch, ch->classes.items[i]);
    for (uint32_t i = 0; i < ch->funcs.n; i++)
        if (ch->funcs.items[i].state == UNCHECKED)
            sema_check_function(ch, &ch->funcs.items[i]);
    ch->fs = &mfs;
    body->nlocals = mfs.locals.n;
    body->locals = sema_copy_ptrs(ch, mfs.locals.items, mfs.locals.n);
    vec_free(&mfs.vars);
    vec_free(&mfs.assigned);
    vec_free(&mfs.global_names);
    vec_free(&mfs.locals);
    vec_free(&mfs.comp);
    fill_module(ch);
    bool ok = cx->diag->nerrors == errors;
#ifndef NDEBUG
    if (ok)
        sema_check_verify(ch, mod);
#endif
    free_checker(ch);
    return ok ? ch->m : NULL;
}

/* sema/check_syntax.c: the syntax errors CPython 3.11 reports after parsing.
 *
 * `ast.parse` accepts programs that `compile()` rejects: those errors come
 * from CPython's symbol table (symtable.c) and code generator (compile.c).
 * This pass makes the same checks in one walk over the AST, with CPython's
 * messages and error locations:
 *   - control flow: break/continue outside a loop, return/yield/await
 *     outside a (async) function, async for/with outside async functions,
 *     `return value` in an async generator, except* bodies;
 *   - scopes: a small symbol table per module/class/function/lambda/
 *     comprehension records how each name is bound, in source order, for the
 *     global/nonlocal rules; after the walk, every nonlocal name is resolved
 *     against the enclosing function scopes (class scopes are skipped, as in
 *     CPython's analyze_block);
 *   - assignments: starred targets, duplicate parameters and keywords,
 *     `__debug__`, walrus targets inside comprehensions;
 *   - match statements: unreachable irrefutable patterns, repeated names.
 * Unlike CPython, which stops at the first error, every violation is
 * reported; a name whose directive was already rejected is not reported
 * again by the resolution step. Recursion follows the tree, whose depth the
 * parser bounds (PARSE_MAX_DEPTH) except for left-assoc operator chains, so
 * the walk has its own limit, SEMA_MAX_DEPTH. */
#include "sema/sema.h"

#include <stdlib.h>
#include <string.h>

/* Deeper trees are reported, not walked: each level costs a few hundred
 * bytes of C stack, so this keeps the walk well inside a 1 MB stack.
 * CPython stops near 1000 levels ("too complex" / RecursionError). */
enum { SEMA_MAX_DEPTH = 2500 };

/* How a name is bound in one scope (CPython's DEF_* flags). */
enum {
    BIND_LOCAL = 1 << 0,     /* assigned, deleted, def/class name, match capture */
    BIND_PARAM = 1 << 1,
    BIND_GLOBAL = 1 << 2,
    BIND_NONLOCAL = 1 << 3,
    BIND_USE = 1 << 4,
    BIND_ANNOT = 1 << 5,
    BIND_IMPORT = 1 << 6,
    BIND_COMP_ITER = 1 << 7, /* a comprehension's iteration variable */
    BIND_REPORTED = 1 << 8,  /* its global/nonlocal directive was already rejected */
};

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMP } ScopeKind;

typedef struct Sym {
    const char *name;
    unsigned flags;
    Span directive; /* the first global/nonlocal statement naming it */
} Sym;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Scope *parent;
    bool is_async;        /* async def */
    bool is_generator;    /* contains yield */
    bool comp_async;      /* SCOPE_COMP: async for, await, or an async inner comprehension */
    AstExprKind comp_kind;
    uint32_t iter_depth;  /* > 0 while inside a comprehension's iterable */
    VEC(Sym) syms;
    VEC(Span) value_returns; /* `return value` statements, for async generators */
};

/* Loop context, saved and reset at every function or class boundary. */
typedef struct Flow {
    bool in_loop;
    bool loop_in_except_star; /* the innermost loop encloses an except* body */
    bool in_except_star;
} Flow;

typedef struct Checker {
    SemaCtx *cx;
    Scope *scope;
    Flow flow;
    uint32_t depth;
    bool comp_target;     /* storing names as comprehension iteration variables */
    bool too_deep;
    VEC(Scope *) all;     /* every scope, for resolution and freeing */
} Checker;

/* One alternative's captured names while checking a case pattern. */
typedef struct PatState {
    VEC(const char *) names;
    bool allow_irrefutable;
    Span loc; /* the last pattern visited: where CPython reports errors */
} PatState;

static void stmts(Checker *ck, AstStmtList list);
static void expr(Checker *ck, AstExpr *e);

static void error(Checker *ck, Span span, const char *fmt, ...) ADDER_PRINTF(3, 4);
static void error(Checker *ck, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_report(ck->cx->diag, DIAG_ERROR, span, fmt, ap);
    va_end(ap);
}

/* ---- symbol tables ---- */

static Sym *lookup(Scope *sc, const char *name) {
    for (uint32_t i = 0; i < sc->syms.n; i++)
        if (!strcmp(sc->syms.items[i].name, name))
            return &sc->syms.items[i];
    return NULL;
}

static unsigned flags_of(Scope *sc, const char *name) {
    Sym *s = lookup(sc, name);
    return s ? s->flags : 0;
}

static Sym *add_flags(Scope *sc, const char *name, unsigned flags) {
    Sym *s = lookup(sc, name);
    if (!s) {
        vec_push(&sc->syms, ((Sym){.name = name}));
        s = &sc->syms.items[sc->syms.n - 1];
    }
    s->flags |= flags;
    return s;
}

static void push_scope(Checker *ck, ScopeKind kind) {
    Scope *sc = arena_new(ck->cx->arena, Scope);
    sc->kind = kind;
    sc->parent = ck->scope;
    if (ck->scope)
        sc->iter_depth = ck->scope->iter_depth;
    vec_push(&ck->all, sc);
    ck->scope = sc;
}

static void pop_scope(Checker *ck) { ck->scope = ck->scope->parent; }

static bool is_debug(const char *name) { return name && !strcmp(name, "__debug__"); }

/* ---- names ---- */

/* A Name in any context; walrus targets go through named_target(). */
static void name_ref(Checker *ck, AstExpr *e) {
    const char *id = e->as.name.id.s;
    if (!id)
        return;
    if (e->as.name.ctx == CTX_LOAD) {
        add_flags(ck->scope, id, BIND_USE);
        return;
    }
    if (is_debug(id))
        error(ck, e->span, e->as.name.ctx == CTX_DEL ? "cannot delete %s" : "cannot assign to %s", id);
    add_flags(ck->scope, id, BIND_LOCAL | (ck->comp_target ? BIND_COMP_ITER : 0));
}

/* A walrus target inside a comprehension binds in the nearest enclosing
 * function or module (CPython's symtable_extend_namedexpr_scope). */
static void named_target(Checker *ck, AstExpr *target) {
    if (target->kind != AST_NAME || !target->as.name.id.s) {
        expr(ck, target);
        return;
    }
    const char *id = target->as.name.id.s;
    if (ck->scope->kind != SCOPE_COMP) {
        name_ref(ck, target);
        return;
    }
    if (is_debug(id))
        error(ck, target->span, "cannot assign to %s", id);
    Scope *sc = ck->scope;
    for (; sc->kind == SCOPE_COMP; sc = sc->parent) {
        if (flags_of(sc, id) & BIND_COMP_ITER) {
            error(ck, target->span, "assignment expression cannot rebind comprehension iteration variable '%s'",
                  id);
            return;
        }
    }
    if (sc->kind == SCOPE_CLASS)
        error(ck, target->span, "assignment expression within a comprehension cannot be used in a class body%s",
              "");
    else if (sc->kind != SCOPE_MODULE && !(flags_of(sc, id) & BIND_GLOBAL))
        add_flags(sc, id, BIND_LOCAL);
}

/* global / nonlocal x: CPython's messages, checked against earlier uses. */
static void directive(Checker *ck, AstStmt *s, AstIdent name) {
    bool global = s->kind == AST_GLOBAL;
    Sym *sym = add_flags(ck->scope, name.s, 0);
    unsigned cur = sym->flags;
    const char *msg = NULL;
    if (cur & BIND_PARAM)
        msg = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
    else if (cur & BIND_USE)
        msg = global ? "name '%s' is used prior to global declaration"
                     : "name '%s' is used prior to nonlocal declaration";
    else if (cur & BIND_ANNOT)
        msg = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
    else if (cur & BIND_LOCAL)
        msg = global ? "name '%s' is assigned to before global declaration"
                     : "name '%s' is assigned to before nonlocal declaration";
    if (msg) {
        error(ck, s->span, msg, name.s);
        sym->flags |= BIND_REPORTED;
    }
    if (!(sym->flags & (BIND_GLOBAL | BIND_NONLOCAL)))
        sym->directive = s->span;
    sym->flags |= global ? BIND_GLOBAL : BIND_NONLOCAL;
}

/* After the walk: CPython's analyze_name for nonlocal names. */
static bool is_bound_above(Scope *sc, const char *name) {
    if (!strcmp(name, "__class__"))
        for (Scope *up = sc->parent; up; up = up->parent)
            if (up->kind == SCOPE_CLASS)
                return true;
    for (Scope *up = sc->parent; up; up = up->parent) {
        if (up->kind == SCOPE_CLASS || up->kind == SCOPE_MODULE)
            continue;
        unsigned f = flags_of(up, name);
        if ((f & (BIND_LOCAL | BIND_PARAM | BIND_IMPORT)) && !(f & (BIND_GLOBAL | BIND_NONLOCAL)))
            return true;
    }
    return false;
}

static void resolve_scope(Checker *ck, Scope *sc) {
    for (uint32_t i = 0; i < sc->syms.n; i++) {
        Sym *s = &sc->syms.items[i];
        if (!(s->flags & BIND_NONLOCAL) || (s->flags & BIND_REPORTED))
            continue;
        if (s->flags & BIND_GLOBAL)
            error(ck, s->directive, "name '%s' is nonlocal and global", s->name);
        else if (sc->kind == SCOPE_MODULE)
            error(ck, s->directive, "nonlocal declaration not allowed at module level");
        else if (!is_bound_above(sc, s->name))
            error(ck, s->directive, "no binding for nonlocal '%s' found", s->name);
    }
}

/* ---- expressions ---- */

/* An element of a list/tuple/set display or a call argument, where a
 * starred expression is allowed. */
static void elt(Checker *ck, AstExpr *e) {
    if (e && e->kind == AST_STARRED)
        expr(ck, e->as.starred.value);
    else
        expr(ck, e);
}

static void exprs(Checker *ck, AstExprList list) {
    for (uint32_t i = 0; i < list.n; i++)
        expr(ck, list.items[i]);
}

static void sequence(Checker *ck, AstExpr *e) {
    uint32_t nstars = 0;
    for (uint32_t i = 0; i < e->as.seq.elts.n; i++) {
        AstExpr *x = e->as.seq.elts.items[i];
        nstars += x && x->kind == AST_STARRED;
        elt(ck, x);
    }
    if (nstars > 1 && e->as.seq.ctx == CTX_STORE)
        error(ck, e->span, "multiple starred expressions in assignment");
}

static void keywords(Checker *ck, AstKeywordList kws, Span owner) {
    for (uint32_t i = 0; i < kws.n; i++) {
        AstKeyword *kw = kws.items[i];
        if (kw->arg.s) {
            if (is_debug(kw->arg.s))
                error(ck, owner, "cannot assign to %s", kw->arg.s);
            for (uint32_t j = 0; j < i; j++)
                if (kws.items[j]->arg.s && !strcmp(kws.items[j]->arg.s, kw->arg.s)) {
                    error(ck, kw->span, "keyword argument repeated: %s", kw->arg.s);
                    break;
                }
        }
        expr(ck, kw->value);
    }
}

static void call(Checker *ck, AstExpr *e) {
    expr(ck, e->as.call.func);
    for (uint32_t i = 0; i < e->as.call.args.n; i++)
        elt(ck, e->as.call.args.items[i]);
    keywords(ck, e->as.call.keywords, e->span);
}

static void await_expr(Checker *ck, AstExpr *e) {
    Scope *sc = ck->scope;
    if (sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS)
        error(ck, e->span, "'await' outside function");
    else if (sc->kind == SCOPE_COMP)
        sc->comp_async = true;
    else if (!sc->is_async)
        error(ck, e->span, "'await' outside async function");
    expr(ck, e->as.value.value);
}

static const char *comp_name(AstExprKind kind) {
    switch (kind) {
    case AST_LIST_COMP: return "list comprehension";
    case AST_SET_COMP: return "set comprehension";
    case AST_DICT_COMP: return "dict comprehension";
    default: return "generator expression";
    }
}

static void yield_expr(Checker *ck, AstExpr *e) {
    Scope *sc = ck->scope;
    if (sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS)
        error(ck, e->span, "'yield' outside function");
    else if (sc->kind == SCOPE_COMP)
        error(ck, e->span, "'yield' inside %s", comp_name(sc->comp_kind));
    else if (e->kind == AST_YIELD_FROM && sc->is_async)
        error(ck, e->span, "'yield from' inside async function");
    sc->is_generator = true;
    expr(ck, e->as.value.value);
}

static void named_expr(Checker *ck, AstExpr *e) {
    if (ck->scope->iter_depth > 0)
        error(ck, e->span, "assignment expression cannot be used in a comprehension iterable expression");
    expr(ck, e->as.named.value);
    named_target(ck, e->as.named.target);
}

static void comp_iter(Checker *ck, AstExpr *iter) {
    ck->scope->iter_depth++;
    expr(ck, iter);
    ck->scope->iter_depth--;
}

static void comp_target(Checker *ck, AstExpr *target) {
    bool saved = ck->comp_target;
    ck->comp_target = true;
    expr(ck, target);
    ck->comp_target = saved;
}

/* The first iterable is evaluated in the enclosing scope, the rest in the
 * comprehension's own scope; CPython visits the generators, then the element. */
static void comprehension(Checker *ck, AstExpr *e) {
    AstCompList gens = e->as.comp.generators;
    if (gens.n)
        comp_iter(ck, gens.items[0]->iter);
    push_scope(ck, SCOPE_COMP);
    Scope *sc = ck->scope;
    sc->comp_kind = e->kind;
    for (uint32_t i = 0; i < gens.n; i++) {
        AstComprehension *g = gens.items[i];
        comp_target(ck, g->target);
        if (i > 0)
            comp_iter(ck, g->iter);
        exprs(ck, g->ifs);
        sc->comp_async |= g->is_async;
    }
    expr(ck, e->as.comp.elt);
    expr(ck, e->as.comp.value);
    pop_scope(ck);
    if (!sc->comp_async || e->kind == AST_GENERATOR_EXP)
        return;
    Scope *outer = ck->scope;
    if (outer->kind == SCOPE_COMP)
        outer->comp_async = true;
    else if (!outer->is_async)
        error(ck, e->span, "asynchronous comprehension outside of an asynchronous function");
}

static void params(Checker *ck, AstArguments *a, Span owner);

static void lambda(Checker *ck, AstExpr *e) {
    AstArguments *a = e->as.lambda.args;
    if (a) {
        exprs(ck, a->defaults);
        exprs(ck, a->kw_defaults);
    }
    push_scope(ck, SCOPE_LAMBDA);
    params(ck, a, e->span);
    expr(ck, e->as.lambda.body);
    pop_scope(ck);
}

static void attribute(Checker *ck, AstExpr *e) {
    if (e->as.attribute.ctx == CTX_STORE && is_debug(e->as.attribute.attr.s))
        error(ck, e->span, "cannot assign to %s", "__debug__");
    expr(ck, e->as.attribute.value);
}

static void starred(Checker *ck, AstExpr *e) {
    if (e->as.starred.ctx == CTX_STORE)
        error(ck, e->span, "starred assignment target must be in a list or tuple");
    else
        error(ck, e->span, "can't use starred expression here");
    expr(ck, e->as.starred.value);
}

static void expr_kind(Checker *ck, AstExpr *e) {
    switch (e->kind) {
    case AST_BOOL_OP: exprs(ck, e->as.boolop.values); break;
    case AST_NAMED_EXPR: named_expr(ck, e); break;
    case AST_BIN_OP:
        expr(ck, e->as.binop.left);
        expr(ck, e->as.binop.right);
        break;
    case AST_UNARY_OP: expr(ck, e->as.unary.operand); break;
    case AST_LAMBDA: lambda(ck, e); break;
    case AST_IF_EXP:
        expr(ck, e->as.ifexp.test);
        expr(ck, e->as.ifexp.body);
        expr(ck, e->as.ifexp.orelse);
        break;
    case AST_DICT:
        exprs(ck, e->as.dict.keys);
        exprs(ck, e->as.dict.values);
        break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE: sequence(ck, e); break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: comprehension(ck, e); break;
    case AST_AWAIT: await_expr(ck, e); break;
    case AST_YIELD:
    case AST_YIELD_FROM: yield_expr(ck, e); break;
    case AST_COMPARE:
        expr(ck, e->as.compare.left);
        exprs(ck, e->as.compare.comparators);
        break;
    case AST_CALL: call(ck, e); break;
    case AST_FORMATTED_VALUE:
        expr(ck, e->as.formatted.value);
        expr(ck, e->as.formatted.format_spec);
        break;
    case AST_JOINED_STR: exprs(ck, e->as.joined.values); break;
    case AST_CONSTANT: break;
    case AST_ATTRIBUTE: attribute(ck, e); break;
    case AST_SUBSCRIPT:
        expr(ck, e->as.subscript.value);
        expr(ck, e->as.subscript.slice);
        break;
    case AST_STARRED: starred(ck, e); break;
    case AST_NAME: name_ref(ck, e); break;
    case AST_SLICE:
        expr(ck, e->as.slice.lower);
        expr(ck, e->as.slice.upper);
        expr(ck, e->as.slice.step);
        break;
    case AST_EXPR__COUNT: ADDER_UNREACHABLE();
    }
}

/* Depth guard shared by expressions and statements. */
static bool enter(Checker *ck, Span span) {
    if (ck->depth >= SEMA_MAX_DEPTH) {
        if (!ck->too_deep)
            diag_error(ck->cx->diag, span, "too deeply nested to check (more than %d levels)", SEMA_MAX_DEPTH);
        ck->too_deep = true;
        return false;
    }
    ck->depth++;
    return true;
}

static void expr(Checker *ck, AstExpr *e) {
    if (!e || !enter(ck, e->span))
        return;
    expr_kind(ck, e);
    ck->depth--;
}

/* ---- functions and classes ---- */

static void annotation(Checker *ck, AstArg *arg, bool may_star) {
    if (!arg || !arg->annotation)
        return;
    if (may_star)
        elt(ck, arg->annotation); /* def f(*args: *Ts), PEP 646 */
    else
        expr(ck, arg->annotation);
}

static void annotations(Checker *ck, AstArguments *a) {
    if (!a)
        return;
    for (uint32_t i = 0; i < a->posonlyargs.n; i++)
        annotation(ck, a->posonlyargs.items[i], false);
    for (uint32_t i = 0; i < a->args.n; i++)
        annotation(ck, a->args.items[i], false);
    annotation(ck, a->vararg, true);
    for (uint32_t i = 0; i < a->kwonlyargs.n; i++)
        annotation(ck, a->kwonlyargs.items[i], false);
    annotation(ck, a->kwarg, false);
}

static void param(Checker *ck, AstArg *arg, Span owner) {
    if (!arg || !arg->arg.s)
        return;
    if (is_debug(arg->arg.s))
        error(ck, owner, "cannot assign to %s", arg->arg.s);
    if (flags_of(ck->scope, arg->arg.s) & BIND_PARAM)
        error(ck, arg->span, "duplicate argument '%s' in function definition", arg->arg.s);
    add_flags(ck->scope, arg->arg.s, BIND_PARAM);
}

/* Parameters in CPython's order: positional-only, positional, *args,
 * keyword-only, **kwargs. */
static void params(Checker *ck, AstArguments *a, Span owner) {
    if (!a)
        return;
    for (uint32_t i = 0; i < a->posonlyargs.n; i++)
        param(ck, a->posonlyargs.items[i], owner);
    for (uint32_t i = 0; i < a->args.n; i++)
        param(ck, a->args.items[i], owner);
    for (uint32_t i = 0; i < a->kwonlyargs.n; i++)
        param(ck, a->kwonlyargs.items[i], owner);
    param(ck, a->vararg, owner);
    param(ck, a->kwarg, owner);
}

static void bind_def_name(Checker *ck, AstStmt *s, AstIdent name) {
    if (!name.s)
        return;
    if (is_debug(name.s))
        error(ck, s->span, "cannot assign to %s", name.s);
    add_flags(ck->scope, name.s, BIND_LOCAL);
}

static void funcdef(Checker *ck, AstStmt *s) {
    AstArguments *a = s->as.funcdef.args;
    exprs(ck, s->as.funcdef.decorators);
    if (a) {
        exprs(ck, a->defaults);
        exprs(ck, a->kw_defaults);
    }
    annotations(ck, a);
    expr(ck, s->as.funcdef.returns);
    bind_def_name(ck, s, s->as.funcdef.name);
    push_scope(ck, SCOPE_FUNCTION);
    Scope *sc = ck->scope;
    sc->is_async = s->kind == AST_ASYNC_FUNCTION_DEF;
    params(ck, a, s->span);
    Flow saved = ck->flow;
    ck->flow = (Flow){0};
    stmts(ck, s->as.funcdef.body);
    ck->flow = saved;
    if (sc->is_async && sc->is_generator)
        for (uint32_t i = 0; i < sc->value_returns.n; i++)
            error(ck, sc->value_returns.items[i], "'return' with value in async generator");
    pop_scope(ck);
}

static void classdef(Checker *ck, AstStmt *s) {
    exprs(ck, s->as.classdef.decorators);
    for (uint32_t i = 0; i < s->as.classdef.bases.n; i++)
        elt(ck, s->as.classdef.bases.items[i]);
    keywords(ck, s->as.classdef.keywords, s->span);
    bind_def_name(ck, s, s->as.classdef.name);
    push_scope(ck, SCOPE_CLASS);
    Flow saved = ck->flow;
    ck->flow = (Flow){0};
    stmts(ck, s->as.classdef.body);
    ck->flow = saved;
    pop_scope(ck);
}

/* ---- match patterns ---- */

static void pattern(Checker *ck, AstPattern *p, PatState *ps);

static void store_capture(Checker *ck, AstIdent name, PatState *ps) {
    if (!name.s)
        return;
    if (is_debug(name.s))
        error(ck, ps->loc, "cannot assign to %s", name.s);
    for (uint32_t i = 0; i < ps->names.n; i++)
        if (!strcmp(ps->names.items[i], name.s)) {
            error(ck, ps->loc, "multiple assignments to name '%s' in pattern", name.s);
            return;
        }
    vec_push(&ps->names, name.s);
    add_flags(ck->scope, name.s, BIND_LOCAL);
}

/* Subpatterns of sequences, mappings and classes may be irrefutable. */
static void subpatterns(Checker *ck, AstPatternList list, PatState *ps) {
    bool saved = ps->allow_irrefutable;
    ps->allow_irrefutable = true;
    for (uint32_t i = 0; i < list.n; i++)
        pattern(ck, list.items[i], ps);
    ps->allow_irrefutable = saved;
}

static void match_as(Checker *ck, AstPattern *p, PatState *ps) {
    if (p->as.as.pattern) {
        pattern(ck, p->as.as.pattern, ps);
    } else if (!ps->allow_irrefutable) {
        if (p->as.as.name.s)
            error(ck, p->span, "name capture '%s' makes remaining patterns unreachable", p->as.as.name.s);
        else
            error(ck, p->span, "wildcard makes remaining patterns unreachable");
        return;
    }
    store_capture(ck, p->as.as.name, ps);
}

static bool same_names(const PatState *a, const PatState *b) {
    if (a->names.n != b->names.n)
        return false;
    for (uint32_t i = 0; i < a->names.n; i++) {
        bool found = false;
        for (uint32_t j = 0; j < b->names.n && !found; j++)
            found = !strcmp(a->names.items[i], b->names.items[j]);
        if (!found)
            return false;
    }
    return true;
}

static void match_or(Checker *ck, AstPattern *p, PatState *ps) {
    AstPatternList alts = p->as.seq.patterns;
    PatState first = {0};
    for (uint32_t i = 0; i < alts.n; i++) {
        PatState alt = {.allow_irrefutable = ps->allow_irrefutable && i + 1 == alts.n, .loc = ps->loc};
        pattern(ck, alts.items[i], &alt);
        ps->loc = alt.loc;
        if (i == 0) {
            first = alt;
            continue;
        }
        if (!same_names(&first, &alt))
            error(ck, alt.loc, "alternative patterns bind different names");
        vec_free(&alt.names);
    }
    for (uint32_t i = 0; i < first.names.n; i++)
        vec_push(&ps->names, first.names.items[i]);
    vec_free(&first.names);
}

static void match_class(Checker *ck, AstPattern *p, PatState *ps) {
    expr(ck, p->as.cls.cls);
    AstIdentList attrs = p->as.cls.kwd_attrs;
    for (uint32_t i = 0; i < attrs.n; i++) {
        Span at = i < p->as.cls.kwd_patterns.n ? p->as.cls.kwd_patterns.items[i]->span : p->span;
        if (is_debug(attrs.items[i].s))
            error(ck, at, "cannot assign to %s", "__debug__");
        for (uint32_t j = 0; j < i; j++)
            if (attrs.items[i].s && attrs.items[j].s && !strcmp(attrs.items[i].s, attrs.items[j].s)) {
                error(ck, at, "attribute name repeated in class pattern: %s", attrs.items[i].s);
                break;
            }
    }
    subpatterns(ck, p->as.cls.patterns, ps);
    subpatterns(ck, p->as.cls.kwd_patterns, ps);
}

static void match_sequence(Checker *ck, AstPattern *p, PatState *ps) {
    uint32_t nstars = 0;
    for (uint32_t i = 0; i < p->as.seq.patterns.n; i++)
        nstars += p->as.seq.patterns.items[i]->kind == AST_MATCH_STAR;
    if (nstars > 1)
        error(ck, p->span, "multiple starred names in sequence pattern");
    subpatterns(ck, p->as.seq.patterns, ps);
}

/* A mapping-pattern key as Python's repr, if it is a literal whose
 * equality is easy to decide: int (bool is an int), None, plain str. */
static bool key_repr(Checker *ck, const AstExpr *key, Buf *out) {
    if (!key || key->kind != AST_CONSTANT)
        return false;
    const AstConstant *c = &key->as.constant;
    switch (c->kind) {
    case CONST_INT:
        if (!c->fits_i64)
            return false;
        buf_printf(out, "%lld", (long long)c->i64);
        return true;
    case CONST_BOOL: buf_puts(out, c->b ? "True" : "False"); return true;
    case CONST_NONE: buf_puts(out, "None"); return true;
    case CONST_STR:
        for (uint32_t i = 0; i < c->len; i++)
            if (c->text[i] < 0x20 || c->text[i] > 0x7e || c->text[i] == '\\' || c->text[i] == '\'')
                return false;
        buf_printf(out, "'%.*s'", (int)c->len, c->text);
        return true;
    default: return false;
    }
}

/* Values compare as Python's ==: True == 1, so compare their int values. */
static bool same_key(const AstExpr *a, const AstExpr *b) {
    const AstConstant *x = &a->as.constant, *y = &b->as.constant;
    bool xnum = x->kind == CONST_INT || x->kind == CONST_BOOL, ynum = y->kind == CONST_INT || y->kind == CONST_BOOL;
    if (xnum && ynum)
        return (x->kind == CONST_INT ? x->i64 : x->b) == (y->kind == CONST_INT ? y->i64 : y->b);
    if (x->kind != y->kind)
        return false;
    if (x->kind == CONST_NONE)
        return true;
    return x->kind == CONST_STR && x->len == y->len && !memcmp(x->text, y->text, x->len);
}

static void mapping_keys(Checker *ck, AstPattern *p) {
    AstExprList keys = p->as.mapping.keys;
    Buf repr = {0}, other = {0};
    for (uint32_t i = 0; i < keys.n; i++) {
        repr.len = 0;
        if (!key_repr(ck, keys.items[i], &repr))
            continue;
        for (uint32_t j = 0; j < i; j++) {
            other.len = 0;
            if (key_repr(ck, keys.items[j], &other) && same_key(keys.items[i], keys.items[j])) {
                error(ck, p->span, "mapping pattern checks duplicate key (%s)", buf_cstr(&repr));
                break;
            }
        }
    }
    buf_free(&repr);
    buf_free(&other);
}

/* CPython reports at the last pattern it compiled (ps->loc). */
static void pattern(Checker *ck, AstPattern *p, PatState *ps) {
    if (!p || !enter(ck, p->span))
        return;
    ps->loc = p->span;
    switch (p->kind) {
    case AST_MATCH_VALUE:
        if (p->as.value.value && p->as.value.value->kind == AST_JOINED_STR)
            error(ck, p->span, "patterns may only match literals and attribute lookups");
        expr(ck, p->as.value.value);
        break;
    case AST_MATCH_SINGLETON: break;
    case AST_MATCH_SEQUENCE: match_sequence(ck, p, ps); break;
    case AST_MATCH_MAPPING:
        mapping_keys(ck, p);
        exprs(ck, p->as.mapping.keys);
        subpatterns(ck, p->as.mapping.patterns, ps);
        store_capture(ck, p->as.mapping.rest, ps);
        break;
    case AST_MATCH_CLASS: match_class(ck, p, ps); break;
    case AST_MATCH_STAR: store_capture(ck, p->as.star.name, ps); break;
    case AST_MATCH_AS: match_as(ck, p, ps); break;
    case AST_MATCH_OR: match_or(ck, p, ps); break;
    case AST_PAT__COUNT: ADDER_UNREACHABLE();
    }
    ck->depth--;
}

/* Irrefutable cases must be guarded or last (CPython's compiler_match). */
static void match_stmt(Checker *ck, AstStmt *s) {
    expr(ck, s->as.match.subject);
    AstCaseList cases = s->as.match.cases;
    for (uint32_t i = 0; i < cases.n; i++) {
        AstMatchCase *c = cases.items[i];
        PatState ps = {.allow_irrefutable = c->guard != NULL || i + 1 == cases.n};
        pattern(ck, c->pattern, &ps);
        vec_free(&ps.names);
        expr(ck, c->guard);
        stmts(ck, c->body);
    }
}

/* ---- statements ---- */

static void loop_body(Checker *ck, AstStmtList body) {
    Flow saved = ck->flow;
    ck->flow.in_loop = true;
    ck->flow.loop_in_except_star = false;
    stmts(ck, body);
    ck->flow = saved;
}

static bool in_async_function(Checker *ck) { return ck->scope->kind == SCOPE_FUNCTION && ck->scope->is_async; }

static void for_stmt(Checker *ck, AstStmt *s) {
    if (s->kind == AST_ASYNC_FOR && !in_async_function(ck))
        error(ck, s->span, "'async for' outside async function");
    expr(ck, s->as.for_.target);
    expr(ck, s->as.for_.iter);
    loop_body(ck, s->as.for_.body);
    stmts(ck, s->as.for_.orelse);
}

static void with_stmt(Checker *ck, AstStmt *s) {
    if (s->kind == AST_ASYNC_WITH && !in_async_function(ck))
        error(ck, s->span, "'async with' outside async function");
    for (uint32_t i = 0; i < s->as.with.items.n; i++) {
        expr(ck, s->as.with.items.items[i]->context_expr);
        expr(ck, s->as.with.items.items[i]->optional_vars);
    }
    stmts(ck, s->as.with.body);
}

static void handler(Checker *ck, AstExceptHandler *h, bool star) {
    expr(ck, h->type);
    if (h->name.s) {
        if (is_debug(h->name.s))
            error(ck, h->span, "cannot assign to %s", h->name.s);
        add_flags(ck->scope, h->name.s, BIND_LOCAL);
    }
    Flow saved = ck->flow;
    if (star) {
        ck->flow.in_except_star = true;
        ck->flow.loop_in_except_star = true;
    }
    stmts(ck, h->body);
    ck->flow = saved;
}

static void try_stmt(Checker *ck, AstStmt *s) {
    stmts(ck, s->as.try_.body);
    AstHandlerList hs = s->as.try_.handlers;
    for (uint32_t i = 0; i < hs.n; i++) {
        if (s->kind == AST_TRY && !hs.items[i]->type && i + 1 < hs.n)
            error(ck, hs.items[i]->span, "default 'except:' must be last");
        handler(ck, hs.items[i], s->kind == AST_TRY_STAR);
    }
    stmts(ck, s->as.try_.orelse);
    stmts(ck, s->as.try_.finalbody);
}

static void jump(Checker *ck, AstStmt *s) {
    bool brk = s->kind == AST_BREAK;
    if (ck->flow.loop_in_except_star)
        error(ck, s->span, "'break', 'continue' and 'return' cannot appear in an except* block");
    else if (!ck->flow.in_loop)
        error(ck, s->span, brk ? "'break' outside loop" : "'continue' not properly in loop");
}

static void return_stmt(Checker *ck, AstStmt *s) {
    if (ck->scope->kind != SCOPE_FUNCTION)
        error(ck, s->span, "'return' outside function");
    else if (ck->flow.in_except_star)
        error(ck, s->span, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (s->as.value.value) {
        vec_push(&ck->scope->value_returns, s->span);
        expr(ck, s->as.value.value);
    }
}

static void ann_assign(Checker *ck, AstStmt *s) {
    AstExpr *t = s->as.annassign.target;
    if (t && t->kind == AST_NAME && t->as.name.id.s) {
        const char *id = t->as.name.id.s;
        unsigned cur = flags_of(ck->scope, id);
        if ((cur & (BIND_GLOBAL | BIND_NONLOCAL)) && ck->scope->kind != SCOPE_MODULE && s->as.annassign.simple)
            error(ck, s->span,
                  cur & BIND_GLOBAL ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal",
                  id);
        if (is_debug(id))
            error(ck, s->span, "cannot assign to %s", id);
        unsigned f = s->as.annassign.simple ? BIND_ANNOT | BIND_LOCAL : s->as.annassign.value ? BIND_LOCAL : 0;
        add_flags(ck->scope, id, f);
    } else {
        expr(ck, t);
    }
    expr(ck, s->as.annassign.annotation);
    expr(ck, s->as.annassign.value);
}

static const char *const future_features[] = {
    "nested_scopes", "generators",    "division",         "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
};

static bool is_future(const AstStmt *s) {
    return s->kind == AST_IMPORT_FROM && s->as.import.level == 0 && s->as.import.module.s &&
           !strcmp(s->as.import.module.s, "__future__");
}

/* from __future__ import x: CPython's future.c. `at_start` says whether
 * only a docstring and other future imports come before it. A late one on
 * the line where the start ended is caught by future.c, which reports a
 * 0-based column (one to the left); later lines are left to compile.c. */
static void future_import(Checker *ck, AstStmt *s, bool at_start, bool same_line) {
    if (!at_start || ck->scope->kind != SCOPE_MODULE) {
        Span at = s->span;
        if (same_line && at.start > 0)
            at.start--;
        error(ck, at, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    for (uint32_t i = 0; i < s->as.import.names.n; i++) {
        const char *name = s->as.import.names.items[i]->name.s;
        if (!name)
            continue;
        bool known = false;
        for (size_t k = 0; k < sizeof future_features / sizeof future_features[0]; k++)
            known |= !strcmp(name, future_features[k]);
        if (!strcmp(name, "braces"))
            error(ck, s->span, "not a chance");
        else if (!known)
            error(ck, s->span, "future feature %s is not defined", name);
    }
}

static void import_stmt(Checker *ck, AstStmt *s) {
    for (uint32_t i = 0; i < s->as.import.names.n; i++) {
        AstAlias *al = s->as.import.names.items[i];
        const char *name = al->asname.s ? al->asname.s : al->name.s;
        if (!name)
            continue;
        if (!strcmp(name, "*")) {
            if (ck->scope->kind != SCOPE_MODULE)
                error(ck, al->span, "import * only allowed at module level");
            continue;
        }
        /* import a.b binds a */
        const char *dot = strchr(name, '.');
        if (dot)
            name = arena_strndup(ck->cx->arena, name, (size_t)(dot - name));
        if (is_debug(name))
            error(ck, s->span, "cannot assign to %s", name);
        add_flags(ck->scope, name, BIND_IMPORT);
    }
}

static void stmt_kind(Checker *ck, AstStmt *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: funcdef(ck, s); break;
    case AST_CLASS_DEF: classdef(ck, s); break;
    case AST_RETURN: return_stmt(ck, s); break;
    case AST_DELETE: exprs(ck, s->as.del.targets); break;
    case AST_ASSIGN:
        exprs(ck, s->as.assign.targets);
        expr(ck, s->as.assign.value);
        break;
    case AST_AUG_ASSIGN:
        expr(ck, s->as.augassign.target);
        expr(ck, s->as.augassign.value);
        break;
    case AST_ANN_ASSIGN: ann_assign(ck, s); break;
    case AST_FOR:
    case AST_ASYNC_FOR: for_stmt(ck, s); break;
    case AST_WHILE:
        expr(ck, s->as.while_.test);
        loop_body(ck, s->as.while_.body);
        stmts(ck, s->as.while_.orelse);
        break;
    case AST_IF:
        expr(ck, s->as.if_.test);
        stmts(ck, s->as.if_.body);
        stmts(ck, s->as.if_.orelse);
        break;
    case AST_WITH:
    case AST_ASYNC_WITH: with_stmt(ck, s); break;
    case AST_MATCH: match_stmt(ck, s); break;
    case AST_RAISE:
        expr(ck, s->as.raise.exc);
        expr(ck, s->as.raise.cause);
        break;
    case AST_TRY:
    case AST_TRY_STAR: try_stmt(ck, s); break;
    case AST_ASSERT:
        expr(ck, s->as.assert_.test);
        expr(ck, s->as.assert_.msg);
        break;
    case AST_IMPORT:
    case AST_IMPORT_FROM: import_stmt(ck, s); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t i = 0; i < s->as.names.names.n; i++)
            if (s->as.names.names.items[i].s)
                directive(ck, s, s->as.names.names.items[i]);
        break;
    case AST_EXPR: expr(ck, s->as.value.value); break;
    case AST_PASS: break;
    case AST_BREAK:
    case AST_CONTINUE: jump(ck, s); break;
    case AST_STMT__COUNT: ADDER_UNREACHABLE();
    }
}

static void stmt(Checker *ck, AstStmt *s) {
    if (!s || !enter(ck, s->span))
        return;
    stmt_kind(ck, s);
    ck->depth--;
}

static bool is_docstring(const AstStmt *s) {
    const AstExpr *v = s->kind == AST_EXPR ? s->as.value.value : NULL;
    return v && v->kind == AST_CONSTANT && v->as.constant.kind == CONST_STR;
}

static void stmts(Checker *ck, AstStmtList list) {
    bool module_level = ck->scope->kind == SCOPE_MODULE && ck->depth == 0;
    bool at_start = module_level, scanning = module_level;
    uint32_t prev_line = 0;
    for (uint32_t i = 0; i < list.n; i++) {
        AstStmt *s = list.items[i];
        if (!s)
            continue;
        if (module_level) {
            uint32_t line, col;
            source_line_col(ck->cx->src, s->span.start, &line, &col);
            scanning &= at_start || line <= prev_line;
            prev_line = line;
        }
        if (is_future(s))
            future_import(ck, s, at_start, scanning);
        else if (!(i == 0 && module_level && is_docstring(s)))
            at_start = false;
        stmt(ck, s);
    }
}

bool sema_check_module(SemaCtx *cx, const AstModule *mod) {
    uint32_t before = cx->diag->nerrors;
    Checker ck = {.cx = cx};
    push_scope(&ck, SCOPE_MODULE);
    if (mod)
        stmts(&ck, mod->body);
    for (uint32_t i = 0; i < ck.all.n; i++)
        resolve_scope(&ck, ck.all.items[i]);
    for (uint32_t i = 0; i < ck.all.n; i++) {
        vec_free(&ck.all.items[i]->syms);
        vec_free(&ck.all.items[i]->value_returns);
    }
    vec_free(&ck.all);
    return cx->diag->nerrors == before;
}

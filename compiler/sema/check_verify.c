/* sema/check_verify.c: checks the typed-AST invariants of sema.h after a
 * successful analysis (debug builds): every evaluated expression has a
 * type that is not TY_ERROR, and every Name, Call and Attribute a ref.
 * Annotations are not evaluated, nor are the class arguments of a folded
 * isinstance() call. A violation is a compiler bug: it names the node and
 * aborts. */
#include "sema/check.h"

#include <stdio.h>

typedef struct Verifier {
    const SourceFile *src;
} Verifier;

static void bad(Verifier *v, const AstExpr *e, const char *what) {
    uint32_t line = 0, col = 0;
    source_line_col(v->src, e->span.start, &line, &col);
    fprintf(stderr, "%s:%u:%u: sema bug: %s %s\n", v->src->path, line, col + 1, ast_expr_name(e->kind), what);
    ADDER_UNREACHABLE();
}

static void expr(Verifier *v, const AstExpr *e);

static void exprs(Verifier *v, AstExprList l) {
    for (uint32_t i = 0; i < l.n; i++)
        expr(v, l.items[i]);
}

static void call(Verifier *v, const AstExpr *e) {
    expr(v, e->as.call.func);
    const SemaRef *ref = e->ref;
    if (ref->kind == REF_CALL_BUILTIN && ref->builtin == BI_ISINSTANCE) {
        if (ref->args[0])
            expr(v, ref->args[0]);
        expr(v, ref->args[1]);
        return;
    }
    exprs(v, e->as.call.args);
    for (uint32_t i = 0; i < e->as.call.keywords.n; i++)
        expr(v, e->as.call.keywords.items[i]->value);
    if (ref->kind == REF_CALL_FUNC || ref->kind == REF_CALL_METHOD || ref->kind == REF_CALL_CTOR)
        for (uint32_t i = 0; i < ref->nargs; i++)
            if (!ref->args[i])
                bad(v, e, "has an unbound parameter");
}

static void expr(Verifier *v, const AstExpr *e) {
    if (!e)
        return;
    if (!e->ty)
        bad(v, e, "has no type");
    if (e->ty->kind == TY_ERROR)
        bad(v, e, "has the error type");
    if ((e->kind == AST_NAME || e->kind == AST_CALL) && !e->ref)
        bad(v, e, "has no ref");
    switch (e->kind) {
    case AST_BOOL_OP: exprs(v, e->as.boolop.values); break;
    case AST_BIN_OP:
        expr(v, e->as.binop.left);
        expr(v, e->as.binop.right);
        break;
    case AST_UNARY_OP: expr(v, e->as.unary.operand); break;
    case AST_IF_EXP:
        expr(v, e->as.ifexp.test);
        expr(v, e->as.ifexp.body);
        expr(v, e->as.ifexp.orelse);
        break;
    case AST_LIST_COMP: {
        const AstComprehension *g = e->as.comp.generators.items[0];
        expr(v, g->target);
        expr(v, g->iter);
        exprs(v, g->ifs);
        expr(v, e->as.comp.elt);
        break;
    }
    case AST_COMPARE:
        expr(v, e->as.compare.left);
        exprs(v, e->as.compare.comparators);
        break;
    case AST_CALL: call(v, e); break;
    case AST_FORMATTED_VALUE:
        expr(v, e->as.formatted.value);
        expr(v, e->as.formatted.format_spec);
        break;
    case AST_JOINED_STR: exprs(v, e->as.joined.values); break;
    case AST_ATTRIBUTE:
        if (!e->ref)
            bad(v, e, "has no ref");
        expr(v, e->as.attribute.value);
        break;
    case AST_SUBSCRIPT:
        expr(v, e->as.subscript.value);
        expr(v, e->as.subscript.slice);
        break;
    case AST_LIST:
    case AST_TUPLE: exprs(v, e->as.seq.elts); break;
    case AST_SLICE:
        expr(v, e->as.slice.lower);
        expr(v, e->as.slice.upper);
        expr(v, e->as.slice.step);
        break;
    default: break;
    }
}

static void stmts(Verifier *v, AstStmtList body) {
    for (uint32_t i = 0; i < body.n; i++) {
        const AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_FUNCTION_DEF: /* an @extern body is not compiled */
            if (!s->ref || !s->ref->fn || !s->ref->fn->is_extern)
                stmts(v, s->as.funcdef.body);
            break;
        case AST_CLASS_DEF: stmts(v, s->as.classdef.body); break;
        case AST_RETURN:
        case AST_EXPR: expr(v, s->as.value.value); break;
        case AST_ASSIGN:
            exprs(v, s->as.assign.targets);
            expr(v, s->as.assign.value);
            break;
        case AST_AUG_ASSIGN:
            expr(v, s->as.augassign.target);
            expr(v, s->as.augassign.value);
            break;
        case AST_ANN_ASSIGN:
            if (s->as.annassign.value || s->as.annassign.target->ref) {
                expr(v, s->as.annassign.target);
                expr(v, s->as.annassign.value);
            }
            break;
        case AST_FOR:
            expr(v, s->as.for_.target);
            expr(v, s->as.for_.iter);
            stmts(v, s->as.for_.body);
            stmts(v, s->as.for_.orelse);
            break;
        case AST_WHILE:
        case AST_IF:
            expr(v, s->as.if_.test);
            stmts(v, s->as.if_.body);
            stmts(v, s->as.if_.orelse);
            break;
        case AST_RAISE: expr(v, s->as.raise.exc); break;
        case AST_ASSERT:
            expr(v, s->as.assert_.test);
            expr(v, s->as.assert_.msg);
            break;
        default: break;
        }
    }
}

void sema_check_verify(Checker *ch, const AstModule *mod) {
    Verifier v = {.src = ch->cx->src};
    stmts(&v, mod->body);
    for (uint32_t i = 0; i < ch->funcs.n; i++) {
        FuncInfo *fn = ch->funcs.items[i].fn;
        for (uint32_t j = 0; j < fn->nparams; j++)
            expr(&v, fn->defaults[j]);
    }
}

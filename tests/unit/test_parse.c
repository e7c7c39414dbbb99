/* tests/unit/test_parse.c: the parser (parse/parse*.c) through the real
 * lexer: node kinds, ctx, the fields CPython's `ast.parse` fills in, spans
 * (byte offsets; CPython's extents: a parenthesized expression excludes its
 * parentheses, a Tuple or a sole generator argument includes them, a
 * decorated def starts at `def`), syntax errors with CPython's wording, and
 * recovery that reports several independent errors. Every expected tree
 * was checked against python3.11 -c 'import ast; ast.dump(ast.parse(...))'. */
#include "lex/lex.h"
#include "parse/parse.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Fixture {
    char *text;
    SourceFile src;
    Arena arena;
    DiagSink diag;
    TokenBuf toks;
    AstModule *mod;
} Fixture;

static void fixture_parse(Fixture *fx, const char *text) {
    memset(fx, 0, sizeof *fx);
    fx->text = strdup(text);
    source_init(&fx->src, "t.py", fx->text, (uint32_t)strlen(fx->text));
    arena_init(&fx->arena);
    diag_init(&fx->diag, &fx->src, NULL);
    fx->diag.max_errors = 0;
    lex_tokenize(&fx->arena, &fx->diag, &fx->src, &fx->toks);
    ParseCtx cx = {.arena = &fx->arena, .diag = &fx->diag, .src = &fx->src};
    fx->mod = parse_module(&cx, &fx->toks);
}

static void fixture_free(Fixture *fx) {
    lex_tokens_free(&fx->toks);
    diag_free(&fx->diag);
    arena_free(&fx->arena);
    source_free(&fx->src);
    free(fx->text);
}

/* Parses `text`, which must succeed, and returns statement i. */
static AstStmt *stmt(Fixture *fx, const char *text, uint32_t i) {
    fixture_parse(fx, text);
    cr_assert_not_null(fx->mod, "parse failed for %s: %s", text, fx->diag.last.data ? fx->diag.last.data : "");
    cr_assert_gt(fx->mod->body.n, i);
    return fx->mod->body.items[i];
}

/* The value of the expression statement `text`. */
static AstExpr *expr(Fixture *fx, const char *text) {
    AstStmt *s = stmt(fx, text, 0);
    cr_assert_eq(s->kind, AST_EXPR);
    return s->as.value.value;
}

static void expect_span(Span s, uint32_t start, uint32_t end) {
    cr_assert_eq(s.start, start, "span start %u, expected %u", s.start, start);
    cr_assert_eq(s.end, end, "span end %u, expected %u", s.end, end);
}

static bool ident_is(AstIdent id, const char *s) { return id.s && !strcmp(id.s, s); }

static bool name_is(const AstExpr *e, const char *s, AstCtx ctx) {
    return e && e->kind == AST_NAME && ident_is(e->as.name.id, s) && e->as.name.ctx == ctx;
}

/* Parsing `text` fails, and the last error message contains `msg`. */
static void expect_error(const char *text, const char *msg) {
    Fixture fx;
    fixture_parse(&fx, text);
    cr_assert_null(fx.mod, "accepted: %s", text);
    cr_assert_gt(fx.diag.nerrors, 0);
    const char *last = fx.diag.last.data ? fx.diag.last.data : "";
    cr_assert(strstr(last, msg), "for %s: got '%s', expected '%s'", text, last, msg);
    fixture_free(&fx);
}

static void expect_ok(const char *text) {
    Fixture fx;
    fixture_parse(&fx, text);
    cr_assert_not_null(fx.mod, "rejected: %s: %s", text, fx.diag.last.data ? fx.diag.last.data : "");
    fixture_free(&fx);
}

Test(parse, precedence_and_spans) {
    Fixture fx;
    AstExpr *e = expr(&fx, "a + b * -c ** d\n");
    cr_assert_eq(e->kind, AST_BIN_OP);
    cr_assert_eq(e->as.binop.op, BINOP_ADD);
    AstExpr *mul = e->as.binop.right;
    cr_assert_eq(mul->as.binop.op, BINOP_MULT);
    AstExpr *neg = mul->as.binop.right;
    cr_assert_eq(neg->kind, AST_UNARY_OP);
    cr_assert_eq(neg->as.unary.op, UNOP_USUB);
    cr_assert_eq(neg->as.unary.operand->as.binop.op, BINOP_POW);
    expect_span(e->span, 0, 15);
    expect_span(mul->span, 4, 15);
    fixture_free(&fx);
}

Test(parse, parenthesized_operand_inside_parent_span) {
    Fixture fx;
    AstExpr *e = expr(&fx, "(a) + b\n");
    expect_span(e->span, 0, 7);
    expect_span(e->as.binop.left->span, 1, 2);
    fixture_free(&fx);
}

Test(parse, chained_comparison_with_two_word_ops) {
    Fixture fx;
    AstExpr *e = expr(&fx, "a < b not in c is not d\n");
    cr_assert_eq(e->kind, AST_COMPARE);
    cr_assert_eq(e->as.compare.comparators.n, 3);
    cr_assert_eq(e->as.compare.ops[0], CMPOP_LT);
    cr_assert_eq(e->as.compare.ops[1], CMPOP_NOT_IN);
    cr_assert_eq(e->as.compare.ops[2], CMPOP_IS_NOT);
    fixture_free(&fx);
}

Test(parse, boolops_flatten_and_not_binds_tighter) {
    Fixture fx;
    AstExpr *e = expr(&fx, "a or b or not c and d\n");
    cr_assert_eq(e->kind, AST_BOOL_OP);
    cr_assert_eq(e->as.boolop.op, BOOLOP_OR);
    cr_assert_eq(e->as.boolop.values.n, 3);
    AstExpr *and = e->as.boolop.values.items[2];
    cr_assert_eq(and->as.boolop.op, BOOLOP_AND);
    cr_assert_eq(and->as.boolop.values.items[0]->as.unary.op, UNOP_NOT);
    fixture_free(&fx);
}

Test(parse, conditional_and_lambda) {
    Fixture fx;
    AstExpr *e = expr(&fx, "lambda x, *a, k=1, **kw: x if a else k\n");
    cr_assert_eq(e->kind, AST_LAMBDA);
    AstArguments *args = e->as.lambda.args;
    cr_assert_eq(args->args.n, 1);
    cr_assert_not_null(args->vararg);
    cr_assert_eq(args->kwonlyargs.n, 1);
    cr_assert_eq(args->kw_defaults.n, 1);
    cr_assert_not_null(args->kw_defaults.items[0]);
    cr_assert(ident_is(args->kwarg->arg, "kw"));
    cr_assert_eq(e->as.lambda.body->kind, AST_IF_EXP);
    expect_span(e->as.lambda.body->span, 25, 38);
    fixture_free(&fx);
}

Test(parse, tuple_spans_with_and_without_parens) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "x = 1, 2,\n", 0);
    cr_assert_eq(s->as.assign.value->kind, AST_TUPLE);
    expect_span(s->as.assign.value->span, 4, 9);
    fixture_free(&fx);
    AstExpr *t = expr(&fx, "(1, 2)\n");
    expect_span(t->span, 0, 6);
    fixture_free(&fx);
    t = expr(&fx, "()\n");
    cr_assert_eq(t->kind, AST_TUPLE);
    cr_assert_eq(t->as.seq.elts.n, 0);
    fixture_free(&fx);
}

Test(parse, group_span_excludes_parens) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "((a))\n", 0);
    expect_span(s->span, 0, 5);
    expect_span(s->as.value.value->span, 2, 3);
    fixture_free(&fx);
}

Test(parse, subscript_slices) {
    Fixture fx;
    AstExpr *e = expr(&fx, "a[1:2, ::3]\n");
    cr_assert_eq(e->kind, AST_SUBSCRIPT);
    AstExpr *t = e->as.subscript.slice;
    cr_assert_eq(t->kind, AST_TUPLE);
    cr_assert_eq(t->as.seq.elts.n, 2);
    AstExpr *s0 = t->as.seq.elts.items[0], *s1 = t->as.seq.elts.items[1];
    cr_assert_eq(s0->kind, AST_SLICE);
    expect_span(s0->span, 2, 5);
    cr_assert_null(s1->as.slice.lower);
    cr_assert_null(s1->as.slice.upper);
    cr_assert_not_null(s1->as.slice.step);
    fixture_free(&fx);
    e = expr(&fx, "a[:]\n");
    expect_span(e->as.subscript.slice->span, 2, 3);
    fixture_free(&fx);
}

Test(parse, subscript_star_is_tuple) {
    Fixture fx;
    AstExpr *e = expr(&fx, "a[*b]\n");
    AstExpr *t = e->as.subscript.slice;
    cr_assert_eq(t->kind, AST_TUPLE);
    cr_assert_eq(t->as.seq.elts.items[0]->kind, AST_STARRED);
    expect_span(t->span, 2, 4);
    fixture_free(&fx);
}

Test(parse, call_arguments) {
    Fixture fx;
    AstExpr *e = expr(&fx, "f(a, *b, c=1, *d, **e)\n");
    cr_assert_eq(e->kind, AST_CALL);
    cr_assert_eq(e->as.call.args.n, 3);
    cr_assert_eq(e->as.call.args.items[1]->kind, AST_STARRED);
    cr_assert_eq(e->as.call.keywords.n, 2);
    cr_assert(ident_is(e->as.call.keywords.items[0]->arg, "c"));
    cr_assert_null(e->as.call.keywords.items[1]->arg.s);
    expect_span(e->as.call.keywords.items[1]->span, 18, 21);
    fixture_free(&fx);
}

Test(parse, sole_generator_argument_spans_call_parens) {
    Fixture fx;
    AstExpr *e = expr(&fx, "f(x for x in y)\n");
    cr_assert_eq(e->as.call.args.n, 1);
    AstExpr *g = e->as.call.args.items[0];
    cr_assert_eq(g->kind, AST_GENERATOR_EXP);
    expect_span(g->span, 1, 15);
    cr_assert(name_is(g->as.comp.generators.items[0]->target, "x", CTX_STORE));
    fixture_free(&fx);
}

Test(parse, comprehensions) {
    Fixture fx;
    AstExpr *e = expr(&fx, "[x for a, b in c if a if b async for x in d]\n");
    cr_assert_eq(e->kind, AST_LIST_COMP);
    cr_assert_eq(e->as.comp.generators.n, 2);
    AstComprehension *c0 = e->as.comp.generators.items[0];
    cr_assert_eq(c0->target->kind, AST_TUPLE);
    cr_assert_eq(c0->target->as.seq.ctx, CTX_STORE);
    cr_assert_eq(c0->ifs.n, 2);
    cr_assert(e->as.comp.generators.items[1]->is_async);
    fixture_free(&fx);
    e = expr(&fx, "{k: v for k, v in x}\n");
    cr_assert_eq(e->kind, AST_DICT_COMP);
    cr_assert_not_null(e->as.comp.value);
    fixture_free(&fx);
}

Test(parse, dict_and_set_displays) {
    Fixture fx;
    AstExpr *e = expr(&fx, "{1: 2, **a}\n");
    cr_assert_eq(e->kind, AST_DICT);
    cr_assert_eq(e->as.dict.keys.n, 2);
    cr_assert_null(e->as.dict.keys.items[1]);
    fixture_free(&fx);
    e = expr(&fx, "{*a, b}\n");
    cr_assert_eq(e->kind, AST_SET);
    cr_assert_eq(e->as.seq.elts.items[0]->kind, AST_STARRED);
    fixture_free(&fx);
    e = expr(&fx, "{}\n");
    cr_assert_eq(e->kind, AST_DICT);
    fixture_free(&fx);
}

Test(parse, numbers) {
    Fixture fx;
    AstExpr *e = expr(&fx, "0x_FF\n");
    cr_assert_eq(e->as.constant.kind, CONST_INT);
    cr_assert(e->as.constant.fits_i64);
    cr_assert_eq(e->as.constant.i64, 255);
    cr_assert_eq(e->as.constant.len, 5);
    fixture_free(&fx);
    e = expr(&fx, "99999999999999999999\n");
    cr_assert_not(e->as.constant.fits_i64);
    fixture_free(&fx);
    e = expr(&fx, "1_000.5e1\n");
    cr_assert_eq(e->as.constant.kind, CONST_FLOAT);
    cr_assert_float_eq(e->as.constant.f, 10005.0, 1e-9);
    fixture_free(&fx);
    e = expr(&fx, "2.5j\n");
    cr_assert_eq(e->as.constant.kind, CONST_COMPLEX);
    cr_assert_float_eq(e->as.constant.f, 2.5, 1e-12);
    fixture_free(&fx);
}

Test(parse, assignment_targets_get_store_ctx) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "a, [b, *c], d.e, f[0] = g = h\n", 0);
    cr_assert_eq(s->kind, AST_ASSIGN);
    cr_assert_eq(s->as.assign.targets.n, 2);
    AstExpr *t = s->as.assign.targets.items[0];
    cr_assert_eq(t->as.seq.ctx, CTX_STORE);
    AstExpr *l = t->as.seq.elts.items[1];
    cr_assert_eq(l->kind, AST_LIST);
    cr_assert_eq(l->as.seq.ctx, CTX_STORE);
    cr_assert_eq(l->as.seq.elts.items[1]->as.starred.ctx, CTX_STORE);
    cr_assert_eq(t->as.seq.elts.items[2]->as.attribute.ctx, CTX_STORE);
    cr_assert_eq(t->as.seq.elts.items[2]->as.attribute.value->as.name.ctx, CTX_LOAD);
    cr_assert_eq(t->as.seq.elts.items[3]->as.subscript.ctx, CTX_STORE);
    cr_assert(name_is(s->as.assign.targets.items[1], "g", CTX_STORE));
    cr_assert(name_is(s->as.assign.value, "h", CTX_LOAD));
    fixture_free(&fx);
}

Test(parse, annassign_simple_flag) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "x: int = 1\n(y): int\nz.a: int\n", 0);
    cr_assert_eq(s->kind, AST_ANN_ASSIGN);
    cr_assert(s->as.annassign.simple);
    AstStmt *s1 = fx.mod->body.items[1];
    cr_assert_not(s1->as.annassign.simple);
    cr_assert_null(s1->as.annassign.value);
    cr_assert_not(((AstStmt *)fx.mod->body.items[2])->as.annassign.simple);
    fixture_free(&fx);
}

Test(parse, augassign_and_del_ctx) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "x //= 2\ndel a, b[0], (c, d)\n", 0);
    cr_assert_eq(s->kind, AST_AUG_ASSIGN);
    cr_assert_eq(s->as.augassign.op, BINOP_FLOOR_DIV);
    cr_assert(name_is(s->as.augassign.target, "x", CTX_STORE));
    AstStmt *d = fx.mod->body.items[1];
    cr_assert_eq(d->kind, AST_DELETE);
    cr_assert_eq(d->as.del.targets.n, 3);
    cr_assert_eq(d->as.del.targets.items[1]->as.subscript.ctx, CTX_DEL);
    cr_assert_eq(d->as.del.targets.items[2]->as.seq.ctx, CTX_DEL);
    fixture_free(&fx);
}

Test(parse, walrus_and_yield) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "if (n := len(a)) > 1:\n    x = yield\n    y = yield from z\n", 0);
    AstExpr *test = s->as.if_.test;
    cr_assert_eq(test->as.compare.left->kind, AST_NAMED_EXPR);
    cr_assert(name_is(test->as.compare.left->as.named.target, "n", CTX_STORE));
    AstStmt *a = s->as.if_.body.items[0];
    cr_assert_eq(a->as.assign.value->kind, AST_YIELD);
    cr_assert_null(a->as.assign.value->as.value.value);
    cr_assert_eq(((AstStmt *)s->as.if_.body.items[1])->as.assign.value->kind, AST_YIELD_FROM);
    fixture_free(&fx);
}

Test(parse, function_def_all_argument_kinds) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "@dec\ndef f(a, b=1, /, c: int = 2, *args, d, e=3, **kw) -> str:\n    pass\n", 0);
    cr_assert_eq(s->kind, AST_FUNCTION_DEF);
    expect_span(s->span, 5, 71);
    cr_assert_eq(s->as.funcdef.decorators.n, 1);
    AstArguments *args = s->as.funcdef.args;
    cr_assert_eq(args->posonlyargs.n, 2);
    cr_assert_eq(args->args.n, 1);
    cr_assert_not_null(args->args.items[0]->annotation);
    expect_span(args->args.items[0]->span, 22, 28);
    cr_assert_eq(args->defaults.n, 2);
    cr_assert(ident_is(args->vararg->arg, "args"));
    cr_assert_eq(args->kwonlyargs.n, 2);
    cr_assert_null(args->kw_defaults.items[0]);
    cr_assert_not_null(args->kw_defaults.items[1]);
    cr_assert(ident_is(args->kwarg->arg, "kw"));
    cr_assert_not_null(s->as.funcdef.returns);
    fixture_free(&fx);
}

Test(parse, async_forms) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "async def f():\n    async with a as b: pass\n    async for x in y: await x\n", 0);
    cr_assert_eq(s->kind, AST_ASYNC_FUNCTION_DEF);
    expect_span(s->span, 0, 72);
    cr_assert_eq(((AstStmt *)s->as.funcdef.body.items[0])->kind, AST_ASYNC_WITH);
    AstStmt *f = s->as.funcdef.body.items[1];
    cr_assert_eq(f->kind, AST_ASYNC_FOR);
    cr_assert_eq(((AstStmt *)f->as.for_.body.items[0])->as.value.value->kind, AST_AWAIT);
    fixture_free(&fx);
}

Test(parse, class_def) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "class C(A, B, metaclass=M):\n    x = 1\n", 0);
    cr_assert_eq(s->kind, AST_CLASS_DEF);
    cr_assert(ident_is(s->as.classdef.name, "C"));
    cr_assert_eq(s->as.classdef.bases.n, 2);
    cr_assert_eq(s->as.classdef.keywords.n, 1);
    expect_span(s->span, 0, 37);
    fixture_free(&fx);
}

Test(parse, imports) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "import a.b.c as d, e\nfrom ... import (x as y, z,)\nfrom .m import *\n", 0);
    cr_assert_eq(s->as.import.names.n, 2);
    cr_assert(ident_is(s->as.import.names.items[0]->name, "a.b.c"));
    cr_assert(ident_is(s->as.import.names.items[0]->asname, "d"));
    expect_span(s->as.import.names.items[0]->span, 7, 17);
    AstStmt *f = fx.mod->body.items[1];
    cr_assert_eq(f->kind, AST_IMPORT_FROM);
    cr_assert_eq(f->as.import.level, 3);
    cr_assert_null(f->as.import.module.s);
    cr_assert_eq(f->as.import.names.n, 2);
    AstStmt *g = fx.mod->body.items[2];
    cr_assert_eq(g->as.import.level, 1);
    cr_assert(ident_is(g->as.import.module, "m"));
    cr_assert(ident_is(g->as.import.names.items[0]->name, "*"));
    fixture_free(&fx);
}

Test(parse, if_elif_else_nests) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n", 0);
    cr_assert_eq(s->as.if_.orelse.n, 1);
    AstStmt *elif = s->as.if_.orelse.items[0];
    cr_assert_eq(elif->kind, AST_IF);
    expect_span(elif->span, 15, 47);
    expect_span(s->span, 0, 47);
    cr_assert_eq(elif->as.if_.orelse.n, 1);
    fixture_free(&fx);
}

Test(parse, try_forms) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", 0);
    cr_assert_eq(s->kind, AST_TRY);
    cr_assert_eq(s->as.try_.handlers.n, 2);
    AstExceptHandler *h = s->as.try_.handlers.items[0];
    cr_assert(ident_is(h->name, "e"));
    expect_span(h->span, 14, 37);
    cr_assert_null(s->as.try_.handlers.items[1]->type);
    cr_assert_eq(s->as.try_.orelse.n, 1);
    cr_assert_eq(s->as.try_.finalbody.n, 1);
    fixture_free(&fx);
    s = stmt(&fx, "try:\n    pass\nexcept* E:\n    pass\n", 0);
    cr_assert_eq(s->kind, AST_TRY_STAR);
    fixture_free(&fx);
}

Test(parse, with_parenthesized_items_match_cpython) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "with (a, b): pass\n", 0);
    cr_assert_eq(s->as.with.items.n, 2);
    fixture_free(&fx);
    s = stmt(&fx, "with (a, b) as c: pass\n", 0);
    cr_assert_eq(s->as.with.items.n, 1);
    cr_assert_eq(s->as.with.items.items[0]->context_expr->kind, AST_TUPLE);
    cr_assert(name_is(s->as.with.items.items[0]->optional_vars, "c", CTX_STORE));
    fixture_free(&fx);
    s = stmt(&fx, "with (a as b, c as (d, e),): pass\n", 0);
    cr_assert_eq(s->as.with.items.n, 2);
    cr_assert_eq(s->as.with.items.items[1]->optional_vars->as.seq.ctx, CTX_STORE);
    fixture_free(&fx);
    s = stmt(&fx, "with (yield): pass\n", 0);
    cr_assert_eq(s->as.with.items.items[0]->context_expr->kind, AST_YIELD);
    fixture_free(&fx);
}

Test(parse, for_target_and_starred_iter) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "for x, *y in *a, b:\n    pass\nelse:\n    pass\n", 0);
    cr_assert_eq(s->kind, AST_FOR);
    cr_assert_eq(s->as.for_.target->as.seq.ctx, CTX_STORE);
    cr_assert_eq(s->as.for_.iter->kind, AST_TUPLE);
    cr_assert_eq(s->as.for_.iter->as.seq.elts.items[0]->kind, AST_STARRED);
    cr_assert_eq(s->as.for_.orelse.n, 1);
    fixture_free(&fx);
}

Test(parse, match_soft_keyword) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "match = 1\nmatch(x)\nmatch.foo = 2\nmatch x:\n    case 1: pass\n", 0);
    cr_assert_eq(s->kind, AST_ASSIGN);
    cr_assert_eq(((AstStmt *)fx.mod->body.items[1])->kind, AST_EXPR);
    cr_assert_eq(((AstStmt *)fx.mod->body.items[2])->kind, AST_ASSIGN);
    AstStmt *m = fx.mod->body.items[3];
    cr_assert_eq(m->kind, AST_MATCH);
    cr_assert_eq(m->as.match.cases.n, 1);
    fixture_free(&fx);
}

Test(parse, simple_statements) {
    Fixture fx;
    AstStmt *s = stmt(&fx, "global a, b; nonlocal c; assert x, 'm'; raise E from e; return *a, b\n", 0);
    cr_assert_eq(s->kind, AST_GLOBAL);
    cr_assert_eq(s->as.names.names.n, 2);
    cr_assert_eq(((AstStmt *)fx.mod->body.items[1])->kind, AST_NONLOCAL);
    cr_assert_not_null(((AstStmt *)fx.mod->body.items[2])->as.assert_.msg);
    cr_assert_not_null(((AstStmt *)fx.mod->body.items[3])->as.raise.cause);
    AstStmt *r = fx.mod->body.items[4];
    cr_assert_eq(r->as.value.value->kind, AST_TUPLE);
    expect_span(r->span, 56, 68);
    fixture_free(&fx);
}

Test(parse, compiler_checks_are_not_parse_errors) {
    expect_ok("break\n");
    expect_ok("return 1\n");
    expect_ok("nonlocal x\n");
    expect_ok("def f(a, a): pass\n");
    expect_ok("*a = 1\n");
    expect_ok("a, *b, *c = d\n");
    expect_ok("f(x=1, x=2)\n");
    expect_ok("await x\n");
}

Test(parse, errors_with_cpython_wording) {
    expect_error("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?");
    expect_error("(a, 1) = x\n", "cannot assign to literal");
    expect_error("del f()\n", "cannot delete function call");
    expect_error("f() += 1\n", "'function call' is an illegal expression for augmented assignment");
    expect_error("f(a=1, b)\n", "positional argument follows keyword argument");
    expect_error("f(**k, *a)\n", "iterable argument unpacking follows keyword argument unpacking");
    expect_error("def f(a=1, b): pass\n", "non-default argument follows default argument");
    expect_error("def f(*): pass\n", "named arguments must follow bare *");
    expect_error("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?");
    expect_error("try:\n    pass\nx = 1\n", "expected 'except' or 'finally' block");
    expect_error("if x\n    pass\n", "expected ':'");
    expect_error("if x:\npass\n", "expected an indented block after 'if' statement on line 1");
    expect_error("[1, 2 3]\n", "invalid syntax. Perhaps you forgot a comma?");
    expect_error("(*a)\n", "cannot use starred expression here");
    expect_error("f(x for x in y, 1)\n", "Generator expression must be parenthesized");
    expect_error("x = 1 2\n", "invalid syntax");
}

Test(parse, recovery_reports_independent_errors) {
    Fixture fx;
    fixture_parse(&fx, "x = 1 2\ndef f(a b):\n    pass\nok = 1\nif y\n    pass\nz = (1 2)\n");
    cr_assert_null(fx.mod);
    cr_assert_eq(fx.diag.nerrors, 4);
    fixture_free(&fx);
}

Test(parse, deep_nesting_is_a_diagnostic_not_a_crash) {
    size_t n = 5000;
    char *buf = malloc(n + 16);
    memset(buf, '-', n);
    strcpy(buf + n, "1\n");
    Fixture fx;
    fixture_parse(&fx, buf);
    cr_assert_null(fx.mod);
    cr_assert(strstr(fx.diag.last.data, "too deeply nested"));
    fixture_free(&fx);
    for (size_t i = 0; i < n; i += 4)
        memcpy(buf + i, "not ", 4);
    strcpy(buf + n, "x\n");
    fixture_parse(&fx, buf);
    cr_assert_null(fx.mod);
    fixture_free(&fx);
    free(buf);
}

/* "x = 1+1+...+1\n" with `links` operators; the caller frees it. */
static char *chain_source(size_t links) {
    char *buf = malloc(2 * links + 16);
    size_t n = 0;
    memcpy(buf, "x = 1", 5);
    n = 5;
    for (size_t i = 0; i < links; i++, n += 2)
        memcpy(buf + n, "+1", 2);
    memcpy(buf + n, "\n", 2);
    return buf;
}

Test(parse, long_operator_chain_limit) {
    /* CPython accepts ~3000 links; Adder stops at PARSE_MAX_CHAIN (2500). */
    Fixture fx;
    char *buf = chain_source(2000);
    fixture_parse(&fx, buf);
    cr_assert_not_null(fx.mod);
    fixture_free(&fx);
    free(buf);
    buf = chain_source(3000);
    fixture_parse(&fx, buf);
    cr_assert_null(fx.mod);
    cr_assert(strstr(fx.diag.last.data, "too deeply nested"));
    fixture_free(&fx);
    free(buf);
}

Test(parse, fstring_fields_parse_like_parenthesized) {
    Fixture fx;
    AstExpr *e = expr(&fx, "f'{x for x in y}{a, *b}'\n");
    cr_assert_eq(e->kind, AST_JOINED_STR);
    cr_assert_eq(e->as.joined.values.n, 2);
    cr_assert_eq(e->as.joined.values.items[0]->as.formatted.value->kind, AST_GENERATOR_EXP);
    AstExpr *t = e->as.joined.values.items[1]->as.formatted.value;
    cr_assert_eq(t->kind, AST_TUPLE);
    cr_assert_eq(t->as.seq.elts.items[1]->kind, AST_STARRED);
    fixture_free(&fx);
    expect_error("f'{*a}'\n", "cannot use starred expression here");
}

Test(parse, garbage_token_streams_do_not_crash) {
    static const char *const inputs[] = {
        ")", "(", "def", "class", "@", "lambda", "if", "with (", "match x:", "case x:", "x = [", "for in",
        "try", "f(**", "a[", "{**", "async", "import .", "from", "yield from", "*", "x: ", "del", "\\",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        Fixture fx;
        fixture_parse(&fx, inputs[i]);
        cr_assert(!fx.mod || fx.diag.nerrors, "accepted %s", inputs[i]);
        fixture_free(&fx);
    }
}

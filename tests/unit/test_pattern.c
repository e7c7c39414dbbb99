/* tests/unit/test_pattern.c: match-statement patterns (parse/parse_pattern.c)
 * through the real lexer and parser: the node kinds and shapes `ast.parse`
 * builds for each PEP 634 pattern form, CPython's spans (a group's parens
 * are not part of its pattern, but they are part of an enclosing MatchOr or
 * MatchAs), and the parser-level errors CPython reports. */
#include "lex/lex.h"
#include "parse/parse.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every test source is `match x:\n    case <P>:\n        pass\n`, so the
 * pattern text starts at this byte offset. */
#define PREFIX "match x:\n    case "
enum { PAT0 = sizeof PREFIX - 1 };

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

static const AstMatchCase *first_case(const Fixture *fx) {
    cr_assert(fx->mod, "parse failed: %s", fx->diag.last.data ? fx->diag.last.data : "");
    cr_assert_eq(fx->mod->body.n, 1);
    const AstStmt *match = fx->mod->body.items[0];
    cr_assert_eq(match->kind, AST_MATCH);
    cr_assert_geq(match->as.match.cases.n, 1);
    return match->as.match.cases.items[0];
}

/* Parses `case <pattern>:` and returns the pattern (fixture stays alive). */
static const AstPattern *pat(Fixture *fx, const char *pattern) {
    char buf[4096];
    snprintf(buf, sizeof buf, PREFIX "%s:\n        pass\n", pattern);
    fixture_parse(fx, buf);
    return first_case(fx)->pattern;
}

/* Parses `case <pattern>:` expecting a syntax error with this message at
 * this offset within the pattern. */
static void expect_error(const char *pattern, const char *msg) {
    Fixture fx;
    char buf[4096];
    snprintf(buf, sizeof buf, PREFIX "%s:\n        pass\n", pattern);
    fixture_parse(&fx, buf);
    cr_assert_null(fx.mod, "accepted: %s", pattern);
    cr_assert_str_eq(fx.diag.last.data ? fx.diag.last.data : "", msg, "for %s", pattern);
    fixture_free(&fx);
}

/* Span relative to the pattern's first byte. */
static void expect_span(Span s, uint32_t start, uint32_t end) {
    cr_expect_eq(s.start, PAT0 + start, "start %u, want %u", s.start - PAT0, start);
    cr_expect_eq(s.end, PAT0 + end, "end %u, want %u", s.end - PAT0, end);
}

static bool ident_is(AstIdent id, const char *s) { return id.s && strcmp(id.s, s) == 0; }

Test(pattern, integer_literal_is_match_value) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "42");
    cr_assert_eq(p->kind, AST_MATCH_VALUE);
    cr_assert_eq(p->as.value.value->kind, AST_CONSTANT);
    cr_assert_eq(p->as.value.value->as.constant.kind, CONST_INT);
    expect_span(p->span, 0, 2);
    fixture_free(&fx);
}

Test(pattern, negative_number_is_unary_minus) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "- 1.5");
    cr_assert_eq(p->kind, AST_MATCH_VALUE);
    const AstExpr *e = p->as.value.value;
    cr_assert_eq(e->kind, AST_UNARY_OP);
    cr_assert_eq(e->as.unary.op, UNOP_USUB);
    cr_assert_eq(e->as.unary.operand->as.constant.kind, CONST_FLOAT);
    expect_span(e->span, 0, 5);
    expect_span(p->span, 0, 5);
    fixture_free(&fx);
}

Test(pattern, complex_literal_is_binop) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "-1-2j");
    const AstExpr *e = p->as.value.value;
    cr_assert_eq(e->kind, AST_BIN_OP);
    cr_assert_eq(e->as.binop.op, BINOP_SUB);
    cr_assert_eq(e->as.binop.left->kind, AST_UNARY_OP);
    expect_span(e->as.binop.left->span, 0, 2);
    cr_assert_eq(e->as.binop.right->as.constant.kind, CONST_COMPLEX);
    expect_span(e->as.binop.right->span, 3, 5);
    expect_span(p->span, 0, 5);
    fixture_free(&fx);
}

Test(pattern, adjacent_strings_join) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "'a' \"b\"");
    cr_assert_eq(p->kind, AST_MATCH_VALUE);
    const AstExpr *e = p->as.value.value;
    cr_assert_eq(e->kind, AST_CONSTANT);
    cr_assert_eq(e->as.constant.kind, CONST_STR);
    cr_assert_eq(e->as.constant.len, 2);
    cr_assert_eq(memcmp(e->as.constant.text, "ab", 2), 0);
    expect_span(p->span, 0, 7);
    fixture_free(&fx);
}

Test(pattern, singletons) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "None | True | False");
    cr_assert_eq(p->kind, AST_MATCH_OR);
    cr_assert_eq(p->as.seq.patterns.n, 3);
    const AstPattern *none = p->as.seq.patterns.items[0];
    const AstPattern *yes = p->as.seq.patterns.items[1];
    const AstPattern *no = p->as.seq.patterns.items[2];
    cr_assert_eq(none->kind, AST_MATCH_SINGLETON);
    cr_assert_eq(none->as.singleton.kind, CONST_NONE);
    cr_assert_eq(yes->as.singleton.kind, CONST_BOOL);
    cr_assert(yes->as.singleton.b);
    cr_assert_eq(no->as.singleton.kind, CONST_BOOL);
    cr_assert(!no->as.singleton.b);
    expect_span(yes->span, 7, 11);
    expect_span(p->span, 0, 19);
    fixture_free(&fx);
}

Test(pattern, capture_and_wildcard) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "[x, _]");
    cr_assert_eq(p->kind, AST_MATCH_SEQUENCE);
    const AstPattern *x = p->as.seq.patterns.items[0];
    const AstPattern *w = p->as.seq.patterns.items[1];
    cr_assert_eq(x->kind, AST_MATCH_AS);
    cr_assert_null(x->as.as.pattern);
    cr_assert(ident_is(x->as.as.name, "x"));
    cr_assert_eq(w->kind, AST_MATCH_AS);
    cr_assert_null(w->as.as.pattern);
    cr_assert_null(w->as.as.name.s);
    expect_span(w->span, 4, 5);
    fixture_free(&fx);
}

Test(pattern, dotted_name_is_value_pattern) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "a.b.c");
    cr_assert_eq(p->kind, AST_MATCH_VALUE);
    const AstExpr *c = p->as.value.value;
    cr_assert_eq(c->kind, AST_ATTRIBUTE);
    cr_assert(ident_is(c->as.attribute.attr, "c"));
    cr_assert_eq(c->as.attribute.ctx, CTX_LOAD);
    const AstExpr *b = c->as.attribute.value;
    cr_assert_eq(b->kind, AST_ATTRIBUTE);
    expect_span(b->span, 0, 3);
    cr_assert_eq(b->as.attribute.value->kind, AST_NAME);
    cr_assert_eq(b->as.attribute.value->as.name.ctx, CTX_LOAD);
    expect_span(p->span, 0, 5);
    fixture_free(&fx);
}

Test(pattern, open_sequence_span_includes_trailing_comma) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "a, *rest,");
    cr_assert_eq(p->kind, AST_MATCH_SEQUENCE);
    cr_assert_eq(p->as.seq.patterns.n, 2);
    const AstPattern *star = p->as.seq.patterns.items[1];
    cr_assert_eq(star->kind, AST_MATCH_STAR);
    cr_assert(ident_is(star->as.star.name, "rest"));
    expect_span(star->span, 3, 8);
    expect_span(p->span, 0, 9);
    fixture_free(&fx);
}

Test(pattern, star_wildcard_has_no_name) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "[1, *_]");
    const AstPattern *star = p->as.seq.patterns.items[1];
    cr_assert_eq(star->kind, AST_MATCH_STAR);
    cr_assert_null(star->as.star.name.s);
    expect_span(p->span, 0, 7);
    fixture_free(&fx);
}

Test(pattern, group_versus_tuple) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "((x), (y,), ())");
    cr_assert_eq(p->kind, AST_MATCH_SEQUENCE);
    cr_assert_eq(p->as.seq.patterns.n, 3);
    const AstPattern *group = p->as.seq.patterns.items[0];
    cr_assert_eq(group->kind, AST_MATCH_AS);
    expect_span(group->span, 2, 3); /* no parentheses */
    const AstPattern *one = p->as.seq.patterns.items[1];
    cr_assert_eq(one->kind, AST_MATCH_SEQUENCE);
    cr_assert_eq(one->as.seq.patterns.n, 1);
    expect_span(one->span, 6, 10);
    const AstPattern *empty = p->as.seq.patterns.items[2];
    cr_assert_eq(empty->kind, AST_MATCH_SEQUENCE);
    cr_assert_eq(empty->as.seq.patterns.n, 0);
    fixture_free(&fx);
}

Test(pattern, as_pattern_over_group_starts_at_paren) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "(1 | 2) as n");
    cr_assert_eq(p->kind, AST_MATCH_AS);
    cr_assert(ident_is(p->as.as.name, "n"));
    expect_span(p->span, 0, 12);
    const AstPattern *alt = p->as.as.pattern;
    cr_assert_eq(alt->kind, AST_MATCH_OR);
    expect_span(alt->span, 1, 6);
    fixture_free(&fx);
}

Test(pattern, or_pattern_over_group_starts_at_paren) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "(a) | [b]");
    cr_assert_eq(p->kind, AST_MATCH_OR);
    expect_span(p->span, 0, 9);
    expect_span(p->as.seq.patterns.items[0]->span, 1, 2);
    fixture_free(&fx);
}

Test(pattern, mapping_with_rest) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "{'k': v, None: _, a.b: 1, -1+2j: w, **rest}");
    cr_assert_eq(p->kind, AST_MATCH_MAPPING);
    cr_assert_eq(p->as.mapping.keys.n, 4);
    cr_assert_eq(p->as.mapping.patterns.n, 4);
    cr_assert_eq(p->as.mapping.keys.items[0]->kind, AST_CONSTANT);
    cr_assert_eq(p->as.mapping.keys.items[1]->as.constant.kind, CONST_NONE);
    cr_assert_eq(p->as.mapping.keys.items[2]->kind, AST_ATTRIBUTE);
    cr_assert_eq(p->as.mapping.keys.items[3]->kind, AST_BIN_OP);
    cr_assert(ident_is(p->as.mapping.rest, "rest"));
    expect_span(p->span, 0, 43);
    fixture_free(&fx);
}

Test(pattern, empty_mapping) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "{}");
    cr_assert_eq(p->kind, AST_MATCH_MAPPING);
    cr_assert_eq(p->as.mapping.keys.n, 0);
    cr_assert_null(p->as.mapping.rest.s);
    expect_span(p->span, 0, 2);
    fixture_free(&fx);
}

Test(pattern, class_pattern_positional_and_keywords) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "m.Point(0, y, z=_, w=[1],)");
    cr_assert_eq(p->kind, AST_MATCH_CLASS);
    cr_assert_eq(p->as.cls.cls->kind, AST_ATTRIBUTE);
    cr_assert_eq(p->as.cls.patterns.n, 2);
    cr_assert_eq(p->as.cls.kwd_attrs.n, 2);
    cr_assert_eq(p->as.cls.kwd_patterns.n, 2);
    cr_assert(ident_is(p->as.cls.kwd_attrs.items[0], "z"));
    cr_assert(ident_is(p->as.cls.kwd_attrs.items[1], "w"));
    cr_assert_eq(p->as.cls.kwd_patterns.items[1]->kind, AST_MATCH_SEQUENCE);
    expect_span(p->span, 0, 26);
    fixture_free(&fx);
}

Test(pattern, class_pattern_no_arguments) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "C()");
    cr_assert_eq(p->kind, AST_MATCH_CLASS);
    cr_assert_eq(p->as.cls.cls->kind, AST_NAME);
    cr_assert_eq(p->as.cls.patterns.n + p->as.cls.kwd_patterns.n, 0);
    expect_span(p->span, 0, 3);
    fixture_free(&fx);
}

Test(pattern, guard_follows_pattern) {
    Fixture fx;
    fixture_parse(&fx, PREFIX "[a, b] if a > b:\n        pass\n");
    const AstMatchCase *c = first_case(&fx);
    cr_assert_eq(c->pattern->kind, AST_MATCH_SEQUENCE);
    expect_span(c->pattern->span, 0, 6);
    cr_assert_not_null(c->guard);
    cr_assert_eq(c->guard->kind, AST_COMPARE);
    fixture_free(&fx);
}

Test(pattern, fstring_value_left_to_sema) {
    /* ast.parse accepts it; CPython's compiler rejects it. */
    Fixture fx;
    const AstPattern *p = pat(&fx, "f'x'");
    cr_assert_eq(p->kind, AST_MATCH_VALUE);
    cr_assert_eq(p->as.value.value->kind, AST_JOINED_STR);
    fixture_free(&fx);
}

Test(pattern, compiler_checks_are_not_parse_errors) {
    Fixture fx;
    const AstPattern *p = pat(&fx, "[*a, *b] | x");
    cr_assert_eq(p->kind, AST_MATCH_OR);
    fixture_free(&fx);
}

Test(pattern, errors) {
    expect_error("x as _", "cannot use '_' as a target");
    expect_error("x as 1", "invalid pattern target");
    expect_error("C(a=1, 2)", "positional patterns follow keyword patterns");
    expect_error("1 + 2", "imaginary number required in complex literal");
    expect_error("1j + 2j", "real number required in complex literal");
    expect_error("*a", "invalid syntax");
    expect_error("{a: 1}", "invalid syntax");
    expect_error("{**_}", "invalid syntax");
    expect_error("{**r.x}", "invalid syntax");
    expect_error("[a | *b]", "invalid syntax");
    expect_error("x = 1", "invalid syntax");
    expect_error("-x", "invalid syntax");
}

/* `depth` nested lists as the whole pattern. */
static void parse_nested(Fixture *fx, int depth) {
    char *buf = malloc(sizeof PREFIX + 2 * (size_t)depth + 32);
    strcpy(buf, PREFIX);
    size_t n = strlen(buf);
    for (int i = 0; i < depth; i++)
        buf[n++] = '[';
    for (int i = 0; i < depth; i++)
        buf[n++] = ']';
    strcpy(buf + n, ":\n        pass\n");
    fixture_parse(fx, buf);
    free(buf);
}

Test(pattern, nesting_below_cpython_limit_parses) {
    Fixture fx;
    parse_nested(&fx, 150);
    const AstPattern *p = first_case(&fx)->pattern;
    for (int i = 1; i < 150; i++) {
        cr_assert_eq(p->kind, AST_MATCH_SEQUENCE);
        cr_assert_eq(p->as.seq.patterns.n, 1);
        p = p->as.seq.patterns.items[0];
    }
    cr_assert_eq(p->kind, AST_MATCH_SEQUENCE);
    cr_assert_eq(p->as.seq.patterns.n, 0);
    expect_span(p->span, 149, 151);
    fixture_free(&fx);
}

Test(pattern, deep_nesting_is_a_diagnostic) {
    Fixture fx;
    parse_nested(&fx, 1000);
    cr_assert_gt(fx.diag.nerrors, 0);
    fixture_free(&fx);
}

/* parse/parse_stmt.c: simple statements (assignments and keyword
 * statements) and the block structure shared by compound statements.
 *
 * An expression statement, an assignment, an augmented and an annotated
 * assignment all begin with star_expressions; we parse that once and let
 * the token after it decide, converting the expression to a target with
 * parse_set_ctx() (CPython's messages for bad targets are reproduced).
 * Statements end at their last token: a compound statement ends where the
 * last statement of its last block ends, never at a NEWLINE or DEDENT.
 * The compound statements themselves are in parse_compound.c. */
#include "parse/parser.h"

static bool simple_stmts(Parser *p, AstStmtList *out, uint32_t *cap);

/* CPython puts "unexpected indent" on the last character of the indentation. */
static Span indent_span(const Parser *p) {
    Span s = parser_tok(p)->span;
    return s.end > s.start ? span_make(s.end - 1, s.end) : s;
}

static bool at_stmt_end(const Parser *p) {
    return parser_at(p, TOK_NEWLINE) || parser_at(p, TOK_SEMI) || parser_at(p, TOK_EOF);
}

/* A statement ended anywhere but at ';' or NEWLINE. */
static void bad_stmt_end(Parser *p, const AstExpr *e) {
    const Token *tok = parser_tok(p);
    if (e && tok->kind == TOK_COLONEQUAL && e->kind != AST_NAME) {
        parser_error(p, e->span, "cannot use assignment expressions with %s", parse_expr_name(e));
        return;
    }
    if (e && e->kind == AST_NAME && parse_starts_expr(tok->kind) &&
        ((e->as.name.id.len == 5 && !memcmp(e->as.name.id.s, "print", 5)) ||
         (e->as.name.id.len == 4 && !memcmp(e->as.name.id.s, "exec", 4)))) {
        parser_error(p, e->span, "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->as.name.id.s,
                     e->as.name.id.s);
        return;
    }
    parser_error(p, tok->span, "invalid syntax");
}

/* annotated_rhs: yield_expr | star_expressions */
static AstExpr *rhs(Parser *p) { return parser_at(p, TOK_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p); }

static AstBinOp augassign_op(TokKind k, bool *ok) {
    *ok = true;
    switch (k) {
    case TOK_PLUSEQUAL: return BINOP_ADD;
    case TOK_MINEQUAL: return BINOP_SUB;
    case TOK_STAREQUAL: return BINOP_MULT;
    case TOK_ATEQUAL: return BINOP_MAT_MULT;
    case TOK_SLASHEQUAL: return BINOP_DIV;
    case TOK_PERCENTEQUAL: return BINOP_MOD;
    case TOK_AMPEREQUAL: return BINOP_BIT_AND;
    case TOK_VBAREQUAL: return BINOP_BIT_OR;
    case TOK_CIRCUMFLEXEQUAL: return BINOP_BIT_XOR;
    case TOK_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case TOK_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case TOK_DOUBLESTAREQUAL: return BINOP_POW;
    case TOK_DOUBLESLASHEQUAL: return BINOP_FLOOR_DIV;
    default: *ok = false; return BINOP_ADD;
    }
}

// annotated: (NAME | '(' single_target ')' | single_subscript_attribute_target)
//            ':' expression ['=' annotated_rhs]
static AstStmt *annassign(Parser *p, AstExpr *target, uint32_t start) {
    if (!parse_starts_expr(parser_peek(p, 1)->kind)) {
        parser_error(p, parser_peek(p, 1)->span, "invalid syntax");
        return NULL;
    }
    if (target->kind == AST_TUPLE || target->kind == AST_LIST) {
        parser_error(p, target->span, "only single target (not %s) can be annotated",
                     target->kind == AST_TUPLE ? "tuple" : "list");
        return NULL;
    }
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE && target->kind != AST_SUBSCRIPT) {
        parser_error(p, target->span, "illegal target for annotation");
        return NULL;
    }
    parser_advance(p);
    AstExpr *ann = parse_expression(p);
    if (!ann)
        return NULL;
    AstExpr *value = NULL;
    if (parser_accept(p, TOK_EQUAL) && !(value = rhs(p)))
        return NULL;
    parse_set_ctx(target, CTX_STORE);
    AstStmt *s = parser_new_stmt(p, AST_ANN_ASSIGN, parser_span_from(p, start));
    s->as.annassign.target = target;
    s->as.annassign.annotation = ann;
    s->as.annassign.value = value;
    s->as.annassign.simple = target->kind == AST_NAME && target->span.start == start;
    return s;
}

static AstStmt *augassign(Parser *p, AstExpr *target, AstBinOp op, uint32_t start) {
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE && target->kind != AST_SUBSCRIPT) {
        parser_error(p, target->span, "'%s' is an illegal expression for augmented assignment",
                     parse_expr_name(target));
        return NULL;
    }
    parser_advance(p);
    AstExpr *value = rhs(p);
    if (!value)
        return NULL;
    parse_set_ctx(target, CTX_STORE);
    AstStmt *s = parser_new_stmt(p, AST_AUG_ASSIGN, parser_span_from(p, start));
    s->as.augassign.target = target;
    s->as.augassign.op = op;
    s->as.augassign.value = value;
    return s;
}

/* Reports an invalid assignment target the way CPython words it. `last`
 * is true for the target right before the value. */
static void bad_target(Parser *p, AstExpr *target, AstExpr *bad, bool last) {
    const Token *first = parser_token_at(p, target->span.start);
    bool parenthesized = first > p->toks && first[-1].kind == TOK_LPAR;
    if ((target->kind == AST_YIELD || target->kind == AST_YIELD_FROM) && !parenthesized) {
        parser_error(p, target->span, "assignment to yield expression not possible");
        return;
    }
    /* CPython's invalid_named_expression: `bitwise_or '=' bitwise_or` with
     * one '=', where the left side is not a list, tuple, genexp or keyword. */
    const Token *start = parser_token_at(p, bad->span.start);
    const Token *after = parser_token_at(p, bad->span.end);
    bool paren = start > p->toks && start[-1].kind == TOK_LPAR && after->kind == TOK_RPAR;
    while (paren && after->kind == TOK_RPAR)
        after++;
    bool direct = after->kind == TOK_EQUAL;
    bool keyword_const = bad->kind == AST_CONSTANT &&
                         (bad->as.constant.kind == CONST_NONE || bad->as.constant.kind == CONST_BOOL);
    bool bitor = paren || !(bad->kind == AST_LAMBDA || bad->kind == AST_IF_EXP || bad->kind == AST_COMPARE ||
                            bad->kind == AST_BOOL_OP || (bad->kind == AST_UNARY_OP && bad->as.unary.op == UNOP_NOT));
    if (last && direct && bitor && !keyword_const && bad->kind != AST_TUPLE && bad->kind != AST_LIST &&
        bad->kind != AST_GENERATOR_EXP)
        parser_error(p, bad->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                     parse_expr_name(bad));
    else
        parser_error(p, bad->span, "cannot assign to %s", parse_expr_name(bad));
}

// assignment: (star_targets '=')+ (yield_expr | star_expressions) | ...
// expression statement: star_expressions
static AstStmt *expr_stmt(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *first = rhs(p);
    if (!first)
        return NULL;
    bool ok;
    AstBinOp op = augassign_op(parser_tok(p)->kind, &ok);
    if (ok)
        return augassign(p, first, op, start);
    if (parser_at(p, TOK_COLON))
        return annassign(p, first, start);
    if (!parser_at(p, TOK_EQUAL)) {
        if (!at_stmt_end(p)) {
            bad_stmt_end(p, first);
            return NULL;
        }
        AstStmt *s = parser_new_stmt(p, AST_EXPR, parser_span_from(p, start));
        s->as.value.value = first;
        return s;
    }
    AstStmt *s = parser_new_stmt(p, AST_ASSIGN, span_make(start, start));
    uint32_t cap = 0;
    AstExpr *value = first;
    while (parser_accept(p, TOK_EQUAL)) {
        PARSER_PUSH(p, s->as.assign.targets, cap, value);
        if (!(value = rhs(p)))
            return NULL;
    }
    for (uint32_t i = 0; i < s->as.assign.targets.n; i++) {
        AstExpr *t = s->as.assign.targets.items[i];
        AstExpr *bad = t->kind == AST_YIELD || t->kind == AST_YIELD_FROM ? t : parse_set_ctx(t, CTX_STORE);
        if (bad) {
            bad_target(p, t, bad, s->as.assign.targets.n == 1);
            return NULL;
        }
    }
    if (!at_stmt_end(p)) {
        bad_stmt_end(p, NULL);
        return NULL;
    }
    s->as.assign.value = value;
    s->span = parser_span_from(p, start);
    return s;
}

/* 'return' [star_expressions] | 'raise' [expression ['from' expression]] */
static AstStmt *return_or_raise(Parser *p) {
    const Token *kw = parser_advance(p);
    bool has_value = parse_starts_expr(parser_tok(p)->kind) || parser_at(p, TOK_STAR);
    if (kw->kind == TOK_RETURN) {
        AstExpr *v = has_value ? parse_star_expressions(p) : NULL;
        if (has_value && !v)
            return NULL;
        AstStmt *s = parser_new_stmt(p, AST_RETURN, parser_span_from(p, kw->span.start));
        s->as.value.value = v;
        return s;
    }
    AstExpr *exc = NULL, *cause = NULL;
    if (has_value) {
        if (!(exc = parse_expression(p)))
            return NULL;
        if (parser_accept(p, TOK_FROM) && !(cause = parse_expression(p)))
            return NULL;
    }
    AstStmt *s = parser_new_stmt(p, AST_RAISE, parser_span_from(p, kw->span.start));
    s->as.raise.exc = exc;
    s->as.raise.cause = cause;
    return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
static AstStmt *del_stmt(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstStmt *s = parser_new_stmt(p, AST_DELETE, span_make(start, start));
    uint32_t cap = 0;
    do {
        if (at_stmt_end(p) && s->as.del.targets.n)
            break;
        AstExpr *t = parser_at(p, TOK_STAR) ? parse_star_expressions(p) : parse_expression(p);
        if (!t)
            return NULL;
        AstExpr *bad = parse_set_ctx(t, CTX_DEL);
        if (bad) {
            parser_error(p, bad->span, "cannot delete %s", parse_expr_name(bad));
            return NULL;
        }
        PARSER_PUSH(p, s->as.del.targets, cap, t);
    } while (parser_accept(p, TOK_COMMA));
    if (!at_stmt_end(p)) {
        bad_stmt_end(p, NULL);
        return NULL;
    }
    s->span = parser_span_from(p, start);
    return s;
}

// assert_stmt: 'assert' expression [',' expression]
static AstStmt *assert_stmt(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *test = parse_expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (parser_accept(p, TOK_COMMA) && !(msg = parse_expression(p)))
        return NULL;
    AstStmt *s = parser_new_stmt(p, AST_ASSERT, parser_span_from(p, start));
    s->as.assert_.test = test;
    s->as.assert_.msg = msg;
    return s;
}

// global_stmt: 'global' ','.NAME+    nonlocal_stmt: 'nonlocal' ','.NAME+
static AstStmt *names_stmt(Parser *p, AstStmtKind kind) {
    uint32_t start = parser_advance(p)->span.start;
    AstStmt *s = parser_new_stmt(p, kind, span_make(start, start));
    uint32_t cap = 0;
    do {
        if (!parser_at(p, TOK_NAME)) {
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return NULL;
        }
        PARSER_PUSH(p, s->as.names.names, cap, parser_ident(p, parser_advance(p)));
    } while (parser_accept(p, TOK_COMMA));
    s->span = parser_span_from(p, start);
    return s;
}

/* dotted_name: NAME ('.' NAME)*, as one identifier "a.b.c". */
static bool dotted_name(Parser *p, AstIdent *out) {
    uint32_t start = parser_tok(p)->span.start;
    Buf b = {0};
    do {
        if (!parser_at(p, TOK_NAME)) {
            buf_free(&b);
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return false;
        }
        if (b.len)
            buf_push(&b, '.');
        const Token *t = parser_advance(p);
        buf_append(&b, t->text, t->len);
    } while (parser_accept(p, TOK_DOT));
    out->s = arena_strndup(p->cx->arena, b.data, b.len);
    out->len = (uint32_t)b.len;
    out->span = parser_span_from(p, start);
    buf_free(&b);
    return true;
}

/* NAME ['as' NAME] or dotted_name ['as' NAME] as an alias. */
static AstAlias *alias(Parser *p, bool dotted) {
    uint32_t start = parser_tok(p)->span.start;
    AstAlias *a = arena_new(p->cx->arena, AstAlias);
    if (dotted) {
        if (!dotted_name(p, &a->name))
            return NULL;
    } else if (parser_at(p, TOK_NAME)) {
        a->name = parser_ident(p, parser_advance(p));
    } else {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    if (parser_accept(p, TOK_AS)) {
        if (!parser_at(p, TOK_NAME)) {
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return NULL;
        }
        a->asname = parser_ident(p, parser_advance(p));
    }
    a->span = parser_span_from(p, start);
    return a;
}

// import_name: 'import' dotted_as_names
static AstStmt *import_name(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstStmt *s = parser_new_stmt(p, AST_IMPORT, span_make(start, start));
    uint32_t cap = 0;
    do {
        AstAlias *a = alias(p, true);
        if (!a)
            return NULL;
        PARSER_PUSH(p, s->as.import.names, cap, a);
    } while (parser_accept(p, TOK_COMMA));
    s->span = parser_span_from(p, start);
    return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
static AstStmt *import_from(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstStmt *s = parser_new_stmt(p, AST_IMPORT_FROM, span_make(start, start));
    for (;; parser_advance(p)) {
        if (parser_at(p, TOK_DOT))
            s->as.import.level += 1;
        else if (parser_at(p, TOK_ELLIPSIS))
            s->as.import.level += 3;
        else
            break;
    }
    if ((!s->as.import.level || !parser_at(p, TOK_IMPORT)) && !dotted_name(p, &s->as.import.module))
        return NULL;
    if (!parser_expect(p, TOK_IMPORT))
        return NULL;
    uint32_t cap = 0;
    if (parser_at(p, TOK_STAR)) {
        const Token *star = parser_advance(p);
        AstAlias *a = arena_new(p->cx->arena, AstAlias);
        a->name = (AstIdent){"*", 1, star->span};
        a->span = star->span;
        PARSER_PUSH(p, s->as.import.names, cap, a);
    } else {
        bool paren = parser_accept(p, TOK_LPAR);
        do {
            if (paren && s->as.import.names.n && parser_at(p, TOK_RPAR))
                break;
            if (!paren && s->as.import.names.n && at_stmt_end(p)) {
                parser_error(p, parser_tok(p)->span, "trailing comma not allowed without surrounding parentheses");
                return NULL;
            }
            AstAlias *a = alias(p, false);
            if (!a)
                return NULL;
            PARSER_PUSH(p, s->as.import.names, cap, a);
        } while (parser_accept(p, TOK_COMMA));
        if (paren && !parser_expect(p, TOK_RPAR))
            return NULL;
    }
    s->span = parser_span_from(p, start);
    return s;
}

static AstStmt *keyword_stmt(Parser *p, AstStmtKind kind) {
    const Token *kw = parser_advance(p);
    return parser_new_stmt(p, kind, kw->span);
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
//            | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
//            | global_stmt | nonlocal_stmt
static AstStmt *simple_stmt(Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_PASS: return keyword_stmt(p, AST_PASS);
    case TOK_BREAK: return keyword_stmt(p, AST_BREAK);
    case TOK_CONTINUE: return keyword_stmt(p, AST_CONTINUE);
    case TOK_RETURN: case TOK_RAISE: return return_or_raise(p);
    case TOK_DEL: return del_stmt(p);
    case TOK_ASSERT: return assert_stmt(p);
    case TOK_GLOBAL: return names_stmt(p, AST_GLOBAL);
    case TOK_NONLOCAL: return names_stmt(p, AST_NONLOCAL);
    case TOK_IMPORT: return import_name(p);
    case TOK_FROM: return import_from(p);
    default: break;
    }
    if (!parse_starts_expr(parser_tok(p)->kind) && !parser_at(p, TOK_STAR) && !parser_at(p, TOK_YIELD)) {
        const Token *tok = parser_tok(p);
        if (tok->kind == TOK_INDENT)
            parser_error(p, indent_span(p), "unexpected indent");
        else
            parser_error(p, tok->span, "invalid syntax");
        return NULL;
    }
    return expr_stmt(p);
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
static bool simple_stmts(Parser *p, AstStmtList *out, uint32_t *cap) {
    for (;;) {
        AstStmt *s = simple_stmt(p);
        if (!s)
            return false;
        if (!at_stmt_end(p)) {
            bad_stmt_end(p, NULL);
            return false;
        }
        PARSER_PUSH(p, *out, *cap, s);
        if (!parser_accept(p, TOK_SEMI) || parser_at(p, TOK_NEWLINE))
            break;
    }
    if (!parser_accept(p, TOK_NEWLINE) && !parser_at(p, TOK_EOF)) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return false;
    }
    return true;
}

/* statement: compound_stmt | simple_stmts. False after a syntax error. */
static bool statement(Parser *p, AstStmtList *out, uint32_t *cap) {
    if (parser_at(p, TOK_INDENT)) {
        parser_error(p, indent_span(p), "unexpected indent");
        return false;
    }
    if (!parse_at_compound(p))
        return simple_stmts(p, out, cap);
    AstStmt *s = parse_compound(p);
    if (!s)
        return false;
    PARSER_PUSH(p, *out, *cap, s);
    return true;
}

void parse_statements(Parser *p, AstStmtList *out, uint32_t *cap) {
    while (!parser_at(p, TOK_EOF) && !parser_at(p, TOK_DEDENT)) {
        /* The lexer emits no empty lines; one left by a lexer error (whose
         * bad characters were dropped) has been reported already. */
        if (parser_accept(p, TOK_NEWLINE))
            continue;
        uint32_t before = p->pos;
        if (!statement(p, out, cap) || p->failed) {
            parser_sync(p);
            if (p->pos == before && !parser_at(p, TOK_EOF))
                parser_advance(p);
        }
    }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool parse_block(Parser *p, AstStmtList *out, const char *what, const Token *kw, bool forced) {
    uint32_t cap = 0;
    if (!parser_at(p, TOK_COLON)) {
        if (forced || parser_at(p, TOK_NEWLINE))
            parser_error(p, parser_tok(p)->span, "expected ':'");
        else
            parser_error(p, parser_tok(p)->span, "invalid syntax");
        return false;
    }
    parser_advance(p);
    if (!parser_accept(p, TOK_NEWLINE))
        return simple_stmts(p, out, &cap);
    if (!parser_at(p, TOK_INDENT)) {
        uint32_t line, col;
        source_line_col(p->cx->src, kw->span.start, &line, &col);
        parser_error(p, parser_block_error_span(p), "expected an indented block after %s on line %u", what, line);
        return false;
    }
    if (!parser_enter(p))
        return false;
    parser_advance(p);
    parse_statements(p, out, &cap);
    parser_accept(p, TOK_DEDENT);
    parser_leave(p);
    return true;
}

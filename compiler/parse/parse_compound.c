/* parse/parse_compound.c: compound statements — if/while/for/with/try,
 * function and class definitions with decorators, async forms and match.
 *
 * Each rule parses its header, then its blocks with parse_block(), which
 * also words the "expected an indented block after ..." error the way
 * CPython does. A statement's span ends at the end of the last statement of
 * its last block. Two places look ahead: `with (` first tries the 3.9+
 * parenthesized item list silently and falls back to an expression, and a
 * NAME `match` starts a match statement only when its line, scanned at
 * bracket depth 0, ends in ':' (otherwise it is an ordinary name). */
#include "parse/parser.h"


static uint32_t last_end(const AstStmtList *body, uint32_t fallback) {
    return body->n ? body->items[body->n - 1]->span.end : fallback;
}

static AstStmt *finish(AstStmt *s, const AstStmtList *last) {
    s->span.end = last_end(last, s->span.end);
    return s;
}

// else_block: 'else' &&':' block
static bool else_block(Parser *p, AstStmtList *orelse) {
    if (!parser_at(p, TOK_ELSE))
        return true;
    const Token *kw = parser_advance(p);
    return parse_block(p, orelse, "'else' statement", kw, true);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
static AstStmt *if_stmt(Parser *p) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, AST_IF, kw->span);
    if (!(s->as.if_.test = parse_named_expression(p)))
        return NULL;
    if (!parse_block(p, &s->as.if_.body, kw->kind == TOK_IF ? "'if' statement" : "'elif' statement", kw, false))
        return NULL;
    finish(s, &s->as.if_.body);
    if (parser_at(p, TOK_ELIF)) {
        AstStmt *elif = if_stmt(p);
        if (!elif)
            return NULL;
        s->as.if_.orelse.items = arena_new(p->cx->arena, AstStmt *);
        s->as.if_.orelse.items[0] = elif;
        s->as.if_.orelse.n = 1;
    } else if (!else_block(p, &s->as.if_.orelse)) {
        return NULL;
    }
    return finish(s, &s->as.if_.orelse);
}

// while_stmt: 'while' named_expression ':' block [else_block]
static AstStmt *while_stmt(Parser *p) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, AST_WHILE, kw->span);
    if (!(s->as.while_.test = parse_named_expression(p)))
        return NULL;
    if (!parse_block(p, &s->as.while_.body, "'while' statement", kw, false))
        return NULL;
    finish(s, &s->as.while_.body);
    if (!else_block(p, &s->as.while_.orelse))
        return NULL;
    return finish(s, &s->as.while_.orelse);
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
static AstStmt *for_stmt(Parser *p, const Token *async) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, async ? AST_ASYNC_FOR : AST_FOR, async ? async->span : kw->span);
    if (!(s->as.for_.target = parse_star_targets(p)) || !parser_expect(p, TOK_IN))
        return NULL;
    if (!(s->as.for_.iter = parse_star_expressions(p)))
        return NULL;
    if (!parse_block(p, &s->as.for_.body, "'for' statement", kw, false))
        return NULL;
    finish(s, &s->as.for_.body);
    if (!else_block(p, &s->as.for_.orelse))
        return NULL;
    return finish(s, &s->as.for_.orelse);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
static AstWithItem *with_item(Parser *p, bool in_parens) {
    AstWithItem *item = arena_new(p->cx->arena, AstWithItem);
    if (!(item->context_expr = parse_expression(p)))
        return NULL;
    if (!parser_accept(p, TOK_AS))
        return item;
    AstExpr *t = parse_star_target(p);
    if (!t)
        return NULL;
    if (!parser_at(p, TOK_COMMA) && !parser_at(p, TOK_COLON) && !parser_at(p, TOK_NEWLINE) &&
        !(in_parens && parser_at(p, TOK_RPAR))) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    item->optional_vars = t;
    return item;
}

/* ','.with_item+, in parentheses (with an optional trailing comma) or not. */
static bool with_items(Parser *p, AstWithItemList *items, bool in_parens) {
    uint32_t cap = 0;
    do {
        if (in_parens && items->n && parser_at(p, TOK_RPAR))
            break;
        AstWithItem *item = with_item(p, in_parens);
        if (!item)
            return false;
        PARSER_PUSH(p, *items, cap, item);
    } while (parser_accept(p, TOK_COMMA));
    return !in_parens || parser_expect(p, TOK_RPAR);
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
static AstStmt *with_stmt(Parser *p, const Token *async) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, async ? AST_ASYNC_WITH : AST_WITH, async ? async->span : kw->span);
    bool parsed = false;
    if (parser_at(p, TOK_LPAR)) {
        uint32_t save = p->pos, depth = p->depth;
        p->quiet++;
        parser_advance(p);
        parsed = with_items(p, &s->as.with.items, true) && parser_at(p, TOK_COLON) && !p->failed;
        p->quiet--;
        if (!parsed) {
            p->pos = save;
            p->depth = depth;
            p->failed = false;
            s->as.with.items = (AstWithItemList){0};
        }
    }
    if (!parsed && !with_items(p, &s->as.with.items, false))
        return NULL;
    if (!parse_block(p, &s->as.with.body, "'with' statement", kw, false))
        return NULL;
    return finish(s, &s->as.with.body);
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
static AstExceptHandler *except_block(Parser *p, int *star) {
    const Token *kw = parser_advance(p);
    AstExceptHandler *h = arena_new(p->cx->arena, AstExceptHandler);
    h->span = kw->span;
    bool is_star = parser_accept(p, TOK_STAR);
    if (*star >= 0 && *star != is_star) {
        parser_error(p, kw->span, "cannot have both 'except' and 'except*' on the same 'try'");
        return NULL;
    }
    *star = is_star;
    if (is_star || (!parser_at(p, TOK_COLON) && !parser_at(p, TOK_NEWLINE))) {
        uint32_t start = parser_tok(p)->span.start;
        if (!(h->type = parse_expression(p)))
            return NULL;
        if (parser_at(p, TOK_COMMA)) {
            parser_error(p, span_make(start, parser_tok(p)->span.end), "multiple exception types must be parenthesized");
            return NULL;
        }
        if (parser_accept(p, TOK_AS)) {
            if (!parser_at(p, TOK_NAME)) {
                parser_error(p, parser_tok(p)->span, "invalid syntax");
                return NULL;
            }
            h->name = parser_ident(p, parser_advance(p));
        }
    }
    if (!parse_block(p, &h->body, is_star ? "'except*' statement" : "'except' statement", kw, false))
        return NULL;
    h->span.end = last_end(&h->body, h->span.end);
    return h;
}

// try_stmt: 'try' ':' block finally_block
//         | 'try' ':' block except_block+ [else_block] [finally_block]
//         | 'try' ':' block except_star_block+ [else_block] [finally_block]
static AstStmt *try_stmt(Parser *p) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, AST_TRY, kw->span);
    if (!parse_block(p, &s->as.try_.body, "'try' statement", kw, true))
        return NULL;
    finish(s, &s->as.try_.body);
    int star = -1;
    uint32_t cap = 0;
    while (parser_at(p, TOK_EXCEPT)) {
        AstExceptHandler *h = except_block(p, &star);
        if (!h)
            return NULL;
        PARSER_PUSH(p, s->as.try_.handlers, cap, h);
        s->span.end = h->span.end;
    }
    if (star == 1)
        s->kind = AST_TRY_STAR;
    if (s->as.try_.handlers.n && !else_block(p, &s->as.try_.orelse))
        return NULL;
    finish(s, &s->as.try_.orelse);
    if (parser_at(p, TOK_FINALLY)) {
        const Token *fin = parser_advance(p);
        if (!parse_block(p, &s->as.try_.finalbody, "'finally' statement", fin, true))
            return NULL;
        finish(s, &s->as.try_.finalbody);
    } else if (!s->as.try_.handlers.n) {
        parser_error(p, parser_block_error_span(p), "expected 'except' or 'finally' block");
        return NULL;
    }
    return s;
}

// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
static AstStmt *funcdef(Parser *p, const Token *async, AstExprList decorators) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, async ? AST_ASYNC_FUNCTION_DEF : AST_FUNCTION_DEF, async ? async->span : kw->span);
    s->as.funcdef.decorators = decorators;
    if (!parser_at(p, TOK_NAME)) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    s->as.funcdef.name = parser_ident(p, parser_advance(p));
    if (!parser_at(p, TOK_LPAR)) {
        parser_error(p, parser_tok(p)->span, "expected '('");
        return NULL;
    }
    parser_advance(p);
    if (!(s->as.funcdef.args = parse_params(p, TOK_RPAR, false)) || !parser_expect(p, TOK_RPAR))
        return NULL;
    if (parser_accept(p, TOK_RARROW) && !(s->as.funcdef.returns = parse_expression(p)))
        return NULL;
    if (!parse_block(p, &s->as.funcdef.body, "function definition", kw, true))
        return NULL;
    return finish(s, &s->as.funcdef.body);
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
static AstStmt *classdef(Parser *p, AstExprList decorators) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, AST_CLASS_DEF, kw->span);
    s->as.classdef.decorators = decorators;
    if (!parser_at(p, TOK_NAME)) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    s->as.classdef.name = parser_ident(p, parser_advance(p));
    if (parser_at(p, TOK_LPAR)) {
        AstExpr call = {.kind = AST_CALL};
        uint32_t open = parser_tok(p)->span.start;
        if (!parse_call_args(p, &call))
            return NULL;
        AstExpr *arg0 = call.as.call.args.n ? call.as.call.args.items[0] : NULL;
        if (arg0 && arg0->kind == AST_GENERATOR_EXP && arg0->span.start == open) {
            parser_error(p, parser_token_at(p, arg0->as.comp.elt->span.end)->span, "invalid syntax");
            return NULL;
        }
        s->as.classdef.bases = call.as.call.args;
        s->as.classdef.keywords = call.as.call.keywords;
    }
    if (!parse_block(p, &s->as.classdef.body, "class definition", kw, false))
        return NULL;
    return finish(s, &s->as.classdef.body);
}

// decorators: ('@' named_expression NEWLINE)+, then a function or class definition
static AstStmt *decorated(Parser *p) {
    AstExprList decorators = {0};
    uint32_t cap = 0;
    while (parser_accept(p, TOK_AT)) {
        AstExpr *d = parse_named_expression(p);
        if (!d || !parser_expect(p, TOK_NEWLINE))
            return NULL;
        PARSER_PUSH(p, decorators, cap, d);
    }
    if (parser_at(p, TOK_DEF))
        return funcdef(p, NULL, decorators);
    if (parser_at(p, TOK_CLASS))
        return classdef(p, decorators);
    if (parser_at(p, TOK_ASYNC) && parser_peek(p, 1)->kind == TOK_DEF)
        return funcdef(p, parser_advance(p), decorators);
    parser_error(p, parser_tok(p)->span, "invalid syntax");
    return NULL;
}

static AstStmt *async_stmt(Parser *p) {
    const Token *async = parser_advance(p);
    switch (parser_tok(p)->kind) {
    case TOK_DEF: return funcdef(p, async, (AstExprList){0});
    case TOK_FOR: return for_stmt(p, async);
    case TOK_WITH: return with_stmt(p, async);
    default:
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// case_block: "case" patterns guard? ':' block
static AstMatchCase *case_block(Parser *p) {
    if (!parser_at_name(p, "case")) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    const Token *kw = parser_advance(p);
    AstMatchCase *c = arena_new(p->cx->arena, AstMatchCase);
    if (!(c->pattern = parse_case_patterns(p)))
        return NULL;
    if (parser_accept(p, TOK_IF) && !(c->guard = parse_named_expression(p)))
        return NULL;
    if (!parse_block(p, &c->body, "'case' statement", kw, false))
        return NULL;
    return c;
}


static AstExpr *subject_expr(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *first = parse_star_named_expression(p);
    if (!first || !parser_at(p, TOK_COMMA)) {
        if (first && first->kind == AST_STARRED) {
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return NULL;
        }
        return first;
    }
    AstExpr *t = parser_new_expr(p, AST_TUPLE, span_make(start, start));
    uint32_t cap = 0;
    PARSER_PUSH(p, t->as.seq.elts, cap, first);
    while (parser_accept(p, TOK_COMMA) && !parser_at(p, TOK_COLON)) {
        AstExpr *e = parse_star_named_expression(p);
        if (!e)
            return NULL;
        PARSER_PUSH(p, t->as.seq.elts, cap, e);
    }
    t->span = parser_span_from(p, start);
    return t;
}

static AstStmt *match_stmt(Parser *p) {
    const Token *kw = parser_advance(p);
    AstStmt *s = parser_new_stmt(p, AST_MATCH, kw->span);
    if (!(s->as.match.subject = subject_expr(p)) || !parser_expect(p, TOK_COLON))
        return NULL;
    if (!parser_expect(p, TOK_NEWLINE))
        return NULL;
    if (!parser_at(p, TOK_INDENT)) {
        uint32_t line, col;
        source_line_col(p->cx->src, kw->span.start, &line, &col);
        parser_error(p, parser_block_error_span(p), "expected an indented block after 'match' statement on line %u", line);
        return NULL;
    }
    if (!parser_enter(p))
        return NULL;
    parser_advance(p);
    uint32_t cap = 0;
    while (!parser_at(p, TOK_DEDENT) && !parser_at(p, TOK_EOF)) {
        AstMatchCase *c = case_block(p);
        if (!c) {
            parser_sync(p);
            continue;
        }
        PARSER_PUSH(p, s->as.match.cases, cap, c);
        s->span.end = last_end(&c->body, s->span.end);
    }
    parser_accept(p, TOK_DEDENT);
    parser_leave(p);
    return s;
}

/* A NAME `match` begins a match statement: it is followed by something
 * that can start a subject and its logical line ends with ':'. */
static bool at_match_stmt(const Parser *p) {
    if (!parser_at_name(p, "match"))
        return false;
    TokKind next = parser_peek(p, 1)->kind;
    if (!parse_starts_expr(next) && next != TOK_STAR)
        return false;
    int depth = 0;
    for (uint32_t i = p->pos + 1; i < p->ntoks; i++) {
        TokKind k = p->toks[i].kind;
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE)
            depth++;
        else if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE)
            depth--;
        else if (k == TOK_NEWLINE || k == TOK_EOF)
            return depth <= 0 && (p->toks[i - 1].kind == TOK_COLON ||
                                  (i + 2 < p->ntoks && p->toks[i + 1].kind == TOK_INDENT &&
                                   p->toks[i + 2].kind == TOK_NAME && p->toks[i + 2].len == 4 &&
                                   !memcmp(p->toks[i + 2].text, "case", 4)));
    }
    return false;
}

bool parse_at_compound(const Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_IF: case TOK_WHILE: case TOK_FOR: case TOK_WITH: case TOK_TRY: case TOK_DEF: case TOK_CLASS:
    case TOK_AT: case TOK_ASYNC:
        return true;
    case TOK_NAME:
        return at_match_stmt(p);
    default:
        return false;
    }
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
//              | try_stmt | while_stmt | match_stmt
AstStmt *parse_compound(Parser *p) {
    if (!parser_enter(p))
        return NULL;
    AstStmt *s;
    switch (parser_tok(p)->kind) {
    case TOK_IF: s = if_stmt(p); break;
    case TOK_WHILE: s = while_stmt(p); break;
    case TOK_FOR: s = for_stmt(p, NULL); break;
    case TOK_WITH: s = with_stmt(p, NULL); break;
    case TOK_TRY: s = try_stmt(p); break;
    case TOK_DEF: s = funcdef(p, NULL, (AstExprList){0}); break;
    case TOK_CLASS: s = classdef(p, (AstExprList){0}); break;
    case TOK_AT: s = decorated(p); break;
    case TOK_ASYNC: s = async_stmt(p); break;
    default: s = match_stmt(p); break;
    }
    parser_leave(p);
    return s;
}

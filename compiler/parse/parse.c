/* parse/parse.c: the parser's driver — state, errors, recovery, node
 * allocation and the module rule.
 *
 * The parser is hand-written recursive descent over the lexer's flat token
 * array, one function per CPython 3.11 grammar rule (Grammar/python.gram),
 * split by area: simple statements and blocks (parse_stmt.c), compound
 * statements (parse_compound.c), expressions (parse_expr.c), displays,
 * arguments, targets and comprehensions (parse_args.c), match patterns
 * (parse_pattern.c), string literals (parse_string.c). Where the PEG grammar
 * backtracks, we mostly parse once and fix up afterwards (an expression
 * becomes an assignment target by changing its ctx); the few real
 * ambiguities (parenthesized with-items, the `match` soft keyword) save
 * and restore p->pos, speculating with errors silenced (p->quiet).
 *
 * Errors: the first syntax error of a statement is reported (later ones are
 * usually consequences), then parser_sync() skips to the next statement at
 * the same block level, so independent errors are all reported. If any error
 * was reported, parse_module() returns NULL. Every node's span follows
 * CPython's: from the first token of the rule to the last. */
#include "parse/parser.h"

#include <stdio.h>

void parser_init(Parser *p, ParseCtx *cx, const TokenBuf *toks) {
    memset(p, 0, sizeof *p);
    p->cx = cx;
    p->toks = toks->items;
    p->ntoks = toks->n;
}

bool parser_at_name(const Parser *p, const char *s) {
    const Token *t = parser_tok(p);
    return t->kind == TOK_NAME && t->len == strlen(s) && !memcmp(t->text, s, t->len);
}

/* An error at end of input inside brackets is really an unclosed bracket,
 * which CPython reports at the opening bracket: "'(' was never closed". */
static bool unclosed_bracket(Parser *p) {
    uint32_t stack[PARSE_MAX_DEPTH];
    uint32_t n = 0, lost = 0;
    for (uint32_t i = 0; i < p->ntoks; i++) {
        TokKind k = p->toks[i].kind;
        if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE) {
            if (n < PARSE_MAX_DEPTH)
                stack[n++] = i;
            else
                lost++;
        } else if (k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE) {
            if (lost)
                lost--;
            else if (n)
                n--;
        }
    }
    if (!n)
        return false;
    const Token *open = &p->toks[stack[n - 1]];
    p->nerrors++;
    diag_error(p->cx->diag, open->span, "'%.*s' was never closed", (int)open->len, open->text);
    return true;
}

void parser_error(Parser *p, Span span, const char *fmt, ...) {
    if (p->failed)
        return;
    p->failed = true;
    if (p->quiet)
        return;
    /* The lexer has reported why this token is bad. */
    if (parser_at(p, TOK_ERROR))
        return;
    if (parser_at(p, TOK_EOF) && unclosed_bracket(p))
        return;
    p->nerrors++;
    va_list ap;
    va_start(ap, fmt);
    diag_report(p->cx->diag, DIAG_ERROR, span, fmt, ap);
    va_end(ap);
}

bool parser_expect(Parser *p, TokKind k) {
    if (parser_accept(p, k))
        return true;
    if (k == TOK_COLON && parser_at(p, TOK_NEWLINE))
        parser_error(p, parser_tok(p)->span, "expected %s", lex_kind_name(k));
    else
        parser_error(p, parser_tok(p)->span, "invalid syntax");
    return false;
}

AstExpr *parser_new_expr(Parser *p, AstExprKind kind, Span span) {
    AstExpr *e = arena_new(p->cx->arena, AstExpr);
    e->kind = kind;
    e->span = span;
    return e;
}

AstStmt *parser_new_stmt(Parser *p, AstStmtKind kind, Span span) {
    AstStmt *s = arena_new(p->cx->arena, AstStmt);
    s->kind = kind;
    s->span = span;
    return s;
}

AstPattern *parser_new_pattern(Parser *p, AstPatternKind kind, Span span) {
    AstPattern *pat = arena_new(p->cx->arena, AstPattern);
    pat->kind = kind;
    pat->span = span;
    return pat;
}

bool parser_enter(Parser *p) {
    if (p->depth >= PARSE_MAX_DEPTH) {
        parser_error(p, parser_tok(p)->span, "too deeply nested");
        return false;
    }
    p->depth++;
    return true;
}

bool parser_chain(Parser *p, uint32_t *links) {
    if (++*links + p->depth > PARSE_MAX_CHAIN) {
        parser_error(p, parser_tok(p)->span, "too deeply nested");
        return false;
    }
    return true;
}

AstIdent parser_ident(Parser *p, const Token *tok) {
    AstIdent id = {arena_strndup(p->cx->arena, tok->text, tok->len), tok->len, tok->span};
    return id;
}

const Token *parser_token_at(const Parser *p, uint32_t offset) {
    uint32_t lo = 0, hi = p->ntoks - 1;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p->toks[mid].span.start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return &p->toks[lo];
}

Span parser_block_error_span(const Parser *p) {
    uint32_t i = p->pos;
    while (i + 1 < p->ntoks && p->toks[i].kind == TOK_DEDENT)
        i++;
    if (p->toks[i].kind == TOK_EOF && p->pos > 0 && p->toks[p->pos - 1].kind == TOK_NEWLINE)
        return p->toks[p->pos - 1].span;
    return p->toks[i].span;
}

/* Skips an INDENT ... DEDENT block, nested blocks included. */
static void skip_block(Parser *p) {
    uint32_t level = 0;
    while (!parser_at(p, TOK_EOF)) {
        TokKind k = parser_advance(p)->kind;
        if (k == TOK_INDENT)
            level++;
        else if (k == TOK_DEDENT && --level == 0)
            return;
    }
}

/* Resynchronises after an error: past the next NEWLINE (and the indented
 * block that follows it, which belonged to the broken statement), or up to
 * the DEDENT that closes the current block. */
void parser_sync(Parser *p) {
    while (!parser_at(p, TOK_EOF)) {
        if (parser_at(p, TOK_DEDENT))
            break;
        if (parser_advance(p)->kind == TOK_NEWLINE) {
            if (parser_at(p, TOK_INDENT))
                skip_block(p);
            break;
        }
    }
    p->failed = false;
}

// file: [statements] ENDMARKER
AstModule *parse_module(ParseCtx *cx, const TokenBuf *toks) {
    if (!toks->n || toks->items[toks->n - 1].kind != TOK_EOF)
        return NULL;
    Parser p;
    parser_init(&p, cx, toks);
    AstModule *mod = arena_new(cx->arena, AstModule);
    uint32_t cap = 0;
    while (!parser_at(&p, TOK_EOF)) {
        parse_statements(&p, &mod->body, &cap);
        if (parser_at(&p, TOK_DEDENT))
            parser_advance(&p); /* stray: the lexer reported it */
    }
    return p.nerrors ? NULL : mod;
}

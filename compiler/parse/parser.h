/* parse/parser.h: internal to parse/ — the parser state shared by
 * parse.c, parse_stmt.c, parse_expr.c, parse_pattern.c and parse_string.c.
 * Nothing outside parse/ includes this file. */
#ifndef ADDER_PARSE_PARSER_H
#define ADDER_PARSE_PARSER_H

#include "parse/parse.h"

#include <string.h>

/* A left-nested chain (`a + b + ...`, `a.b.c...`, `f()()...`) builds a tree
 * as deep as it is long, and every later stage recurses on trees; CPython
 * rejects such chains beyond about 3000 links. Deeper is "too deeply nested". */
enum { PARSE_MAX_CHAIN = 2500 };

typedef struct Parser {
    ParseCtx *cx;
    const Token *toks;  /* the whole stream; toks[ntoks - 1] is TOK_EOF */
    uint32_t ntoks;
    uint32_t pos;       /* index of the current token; backtracking resets it */
    uint32_t depth;     /* recursion depth, limited by PARSE_MAX_DEPTH */
    bool failed;        /* a syntax error was reported in the current statement */
    uint32_t quiet;     /* > 0 while speculating: errors only set `failed` */
    uint32_t nerrors;   /* syntax errors reported so far */
} Parser;

/* Appends x to an AST list (items/n) whose capacity is `cap`, growing it in
 * the AST arena: the old array is simply abandoned, so lists under
 * construction never need freeing on error paths. */
#define PARSER_PUSH(p, list, cap, x)                                                        \
    do {                                                                                    \
        if ((list).n == (cap)) {                                                            \
            uint32_t ncap_ = (cap) ? (cap) * 2 : 4;                                         \
            void *nitems_ = arena_alloc((p)->cx->arena, sizeof *(list).items * ncap_);     \
            if ((list).n)                                                                   \
                memcpy(nitems_, (list).items, sizeof *(list).items * (list).n);             \
            (list).items = nitems_;                                                         \
            (cap) = ncap_;                                                                  \
        }                                                                                   \
        (list).items[(list).n++] = (x);                                                     \
    } while (0)

/* Token access. The current token is never past the final TOK_EOF. */
static inline const Token *parser_tok(const Parser *p) { return &p->toks[p->pos]; }
static inline const Token *parser_peek(const Parser *p, uint32_t ahead) {
    uint32_t i = p->pos + ahead;
    return &p->toks[i < p->ntoks ? i : p->ntoks - 1];
}
static inline bool parser_at(const Parser *p, TokKind k) { return p->toks[p->pos].kind == k; }
static inline const Token *parser_advance(Parser *p) {
    const Token *t = &p->toks[p->pos];
    if (p->pos + 1 < p->ntoks)
        p->pos++;
    return t;
}
static inline bool parser_accept(Parser *p, TokKind k) {
    if (!parser_at(p, k))
        return false;
    parser_advance(p);
    return true;
}
/* Span of the token before the current one: where a just-parsed node ends. */
static inline uint32_t parser_prev_end(const Parser *p) { return p->pos ? p->toks[p->pos - 1].span.end : 0; }

/* ---- parse.c ---- */
void parser_init(Parser *p, ParseCtx *cx, const TokenBuf *toks);
/* True if the current token is the NAME `s` (soft keywords: match, case, _). */
bool parser_at_name(const Parser *p, const char *s);
/* Reports a syntax error (only the first per statement: later ones are
 * usually consequences) and marks the statement failed. */
void parser_error(Parser *p, Span span, const char *fmt, ...) ADDER_PRINTF(3, 4);
/* Consumes a token of kind k or reports "expected 'k'" and returns false. */
bool parser_expect(Parser *p, TokKind k);
/* Zeroed nodes from the AST arena with kind and span set. */
AstExpr *parser_new_expr(Parser *p, AstExprKind kind, Span span);
AstStmt *parser_new_stmt(Parser *p, AstStmtKind kind, Span span);
AstPattern *parser_new_pattern(Parser *p, AstPatternKind kind, Span span);
/* Depth guard: call parser_enter at the top of every recursive rule and
 * parser_leave on the way out; enter reports "too deeply nested" and
 * returns false past PARSE_MAX_DEPTH. */
bool parser_enter(Parser *p);
static inline void parser_leave(Parser *p) { p->depth--; }
/* Counts one more link of a left-nested chain (see PARSE_MAX_CHAIN);
 * false, with a diagnostic, past the limit. */
bool parser_chain(Parser *p, uint32_t *links);
/* The identifier of a NAME token, copied into the AST arena. */
AstIdent parser_ident(Parser *p, const Token *tok);
/* Span from byte `start` to the end of the previous token. */
static inline Span parser_span_from(const Parser *p, uint32_t start) {
    uint32_t end = parser_prev_end(p);
    return span_make(start, end > start ? end : start);
}
/* The first token starting at or after byte `offset` (EOF if none). */
const Token *parser_token_at(const Parser *p, uint32_t offset);
/* Where CPython reports a missing block: the next real token, or the last
 * NEWLINE when only DEDENTs and EOF follow. */
Span parser_block_error_span(const Parser *p);
/* Skips to the start of the next statement after a syntax error. */
void parser_sync(Parser *p);

/* ---- parse_stmt.c ---- */
/* statements until DEDENT/EOF, appended to *out (with capacity *cap). */
void parse_statements(Parser *p, AstStmtList *out, uint32_t *cap);
/* block: ':' then NEWLINE INDENT statements DEDENT | simple_stmts. `what`
 * and `kw` word "expected an indented block after <what> on line N";
 * `forced` for CPython's &&':' (def, try, else, finally): any token but ':'
 * is "expected ':'", not only a NEWLINE. */
bool parse_block(Parser *p, AstStmtList *out, const char *what, const Token *kw, bool forced);

/* ---- parse_compound.c ---- */
/* True at the first token of a compound statement (incl. soft `match`). */
bool parse_at_compound(const Parser *p);
AstStmt *parse_compound(Parser *p);

/* ---- parse_expr.c: rules shared with statements, patterns, displays ---- */
/* True if a token of this kind can begin an expression (not counting '*'). */
bool parse_starts_expr(TokKind k);
AstExpr *parse_expression(Parser *p);
AstExpr *parse_disjunction(Parser *p);
AstExpr *parse_bitwise_or(Parser *p);
/* star_expressions: one expression, or a Tuple if commas follow. */
AstExpr *parse_star_expressions(Parser *p);
/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
AstExpr *parse_yield_expr(Parser *p);
/* star_targets for `for` and comprehensions: parsed above comparisons so
 * that `in` ends them; returned with ctx Store (NULL after an error). */
AstExpr *parse_star_targets(Parser *p);
/* A single star_target (with-items), ctx Store. */
AstExpr *parse_star_target(Parser *p);

/* ---- parse_args.c ---- */
/* At '(' / '[' / '{': a group, tuple, genexp, list, dict, set or comprehension. */
AstExpr *parse_paren_atom(Parser *p);
AstExpr *parse_list_atom(Parser *p);
AstExpr *parse_brace_atom(Parser *p);
/* After '(' at byte `start`: a group, tuple or generator expression through
 * `close` (')', or EOF for an f-string replacement field). */
AstExpr *parse_group_body(Parser *p, uint32_t start, TokKind close);
/* star_named_expression: '*' bitwise_or | named_expression */
AstExpr *parse_star_named_expression(Parser *p);
/* starred_expression: '*' expression (call arguments, subscripts) */
AstExpr *parse_starred_expression(Parser *p);
/* Sets ctx on an assignment/del target tree. Returns NULL if every node is
 * a valid target, else the first node that is not (ctx unchanged). */
AstExpr *parse_set_ctx(AstExpr *e, AstCtx ctx);
/* CPython's name for an expression in messages: "literal", "function call". */
const char *parse_expr_name(const AstExpr *e);
/* Call arguments from '(' up to and including ')', into call->as.call. */
bool parse_call_args(Parser *p, AstExpr *call);
/* Parameters of a def (close = ')', annotations allowed) or a lambda
 * (close = ':'); stops before `close`. */
AstArguments *parse_params(Parser *p, TokKind close, bool lambda);

/* ---- parse_expr.c ---- */
/* The inside of an f-string replacement field, parsed as CPython 3.11 does
 * with "(" text ")": a yield expression or star_expressions, using every
 * token of p. Reports and returns NULL on error. */
AstExpr *parse_fstring_expr(Parser *p);
/* At a NUMBER token: the Constant (int, float or complex) it denotes. */
AstExpr *parse_number(Parser *p);
/* named_expression / expression rules, for pattern guards and values. */
AstExpr *parse_named_expression(Parser *p);

/* ---- parse_pattern.c ---- */
/* After `case`: the `patterns` rule (an open sequence becomes a
 * MatchSequence), up to but not including the guard's `if` or the `:`. */
AstPattern *parse_case_patterns(Parser *p);

/* ---- parse_string.c ---- */
/* At one or more adjacent STRING tokens: decodes, joins and returns a
 * Constant (str or bytes) or, if any piece is an f-string, a JoinedStr.
 * Consumes the tokens. Reports and returns NULL on error. */
AstExpr *parse_strings(Parser *p);

#endif

/* parse/parse_expr.c: expressions, from `lambda` down to atoms.
 *
 * One function per precedence level of CPython 3.11's grammar; the binary
 * operator levels between `|` and `*` share one table-driven loop. Every
 * node's span runs from the first to the last token of its rule, so a
 * parenthesized operand is inside its parent's span while the operand's own
 * span excludes the parentheses (CPython's rule; a parenthesized Tuple or a
 * generator expression keeps its parentheses). Displays, comprehensions,
 * call arguments and parameters are in parse_args.c. */
#include "parse/parser.h"

#include <stdlib.h>

bool parse_starts_expr(TokKind k) {
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE:
    case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_NOT: case TOK_LAMBDA: case TOK_AWAIT:
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* ---- numbers ---- */

/* Copies a literal without its '_' separators into buf (NUL-terminated). */
static void strip_underscores(const Token *tok, char *buf, size_t size) {
    size_t n = 0;
    for (uint32_t i = 0; i < tok->len && n + 1 < size; i++)
        if (tok->text[i] != '_')
            buf[n++] = tok->text[i];
    buf[n] = '\0';
}

/* Value of an integer literal (any base); false if it overflows int64. */
static bool int_value(const char *s, int64_t *out) {
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        base = 8, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2, s += 2;
    uint64_t v = 0;
    for (; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : (*s | 0x20) - 'a' + 10;
        if (d < 0 || d >= base)
            return false;
        if (v > ((uint64_t)INT64_MAX - (uint64_t)d) / (uint64_t)base)
            return false;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    *out = (int64_t)v;
    return true;
}

/* A literal longer than this cannot be a float CPython accepts differently
 * from strtod on a truncated copy; it only bounds the stack buffer. */
enum { NUMBER_BUF = 512 };

AstExpr *parse_number(Parser *p) {
    const Token *tok = parser_advance(p);
    AstExpr *e = parser_new_expr(p, AST_CONSTANT, tok->span);
    AstConstant *c = &e->as.constant;
    char small[NUMBER_BUF];
    char *buf = tok->len < NUMBER_BUF ? small : arena_alloc(p->cx->arena, tok->len + 1);
    strip_underscores(tok, buf, tok->len < NUMBER_BUF ? NUMBER_BUF : tok->len + 1);
    size_t n = strlen(buf);
    bool hex = n > 1 && buf[0] == '0' && (buf[1] | 0x20) == 'x';
    if (n && (buf[n - 1] | 0x20) == 'j') {
        buf[n - 1] = '\0';
        c->kind = CONST_COMPLEX;
        c->f = strtod(buf, NULL);
    } else if (!hex && strpbrk(buf, ".eE")) {
        c->kind = CONST_FLOAT;
        c->f = strtod(buf, NULL);
    } else {
        c->kind = CONST_INT;
        c->text = arena_strndup(p->cx->arena, tok->text, tok->len);
        c->len = tok->len;
        c->fits_i64 = int_value(buf, &c->i64);
    }
    return e;
}

/* ---- atoms and primaries ---- */

static AstExpr *constant(Parser *p, AstConstKind kind, bool b) {
    const Token *tok = parser_advance(p);
    AstExpr *e = parser_new_expr(p, AST_CONSTANT, tok->span);
    e->as.constant.kind = kind;
    e->as.constant.b = b;
    return e;
}

static AstExpr *name_expr(Parser *p) {
    const Token *tok = parser_advance(p);
    AstExpr *e = parser_new_expr(p, AST_NAME, tok->span);
    e->as.name.id = parser_ident(p, tok);
    return e;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
//     | list | listcomp | dict | set | dictcomp | setcomp | '...'
static AstExpr *atom(Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_NAME: return name_expr(p);
    case TOK_TRUE: return constant(p, CONST_BOOL, true);
    case TOK_FALSE: return constant(p, CONST_BOOL, false);
    case TOK_NONE: return constant(p, CONST_NONE, false);
    case TOK_ELLIPSIS: return constant(p, CONST_ELLIPSIS, false);
    case TOK_NUMBER: return parse_number(p);
    case TOK_STRING: return parse_strings(p);
    case TOK_LPAR: return parse_paren_atom(p);
    case TOK_LSQB: return parse_list_atom(p);
    case TOK_LBRACE: return parse_brace_atom(p);
    default:
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static AstExpr *slice(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!parser_at(p, TOK_COLON)) {
        lower = parse_named_expression(p);
        if (!lower || !parser_at(p, TOK_COLON))
            return lower;
        if (lower->kind == AST_NAMED_EXPR) {
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return NULL;
        }
    }
    parser_advance(p);
    if (!parser_at(p, TOK_COLON) && !parser_at(p, TOK_COMMA) && !parser_at(p, TOK_RSQB))
        if (!(upper = parse_expression(p)))
            return NULL;
    if (parser_accept(p, TOK_COLON) && !parser_at(p, TOK_COMMA) && !parser_at(p, TOK_RSQB))
        if (!(step = parse_expression(p)))
            return NULL;
    AstExpr *e = parser_new_expr(p, AST_SLICE, parser_span_from(p, start));
    e->as.slice.lower = lower;
    e->as.slice.upper = upper;
    e->as.slice.step = step;
    return e;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
static AstExpr *slices(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExprList elts = {0};
    uint32_t cap = 0;
    bool tuple = false;
    for (;;) {
        AstExpr *e;
        if (parser_at(p, TOK_STAR)) {
            tuple = true;
            e = parse_starred_expression(p);
        } else {
            e = slice(p);
        }
        if (!e)
            return NULL;
        PARSER_PUSH(p, elts, cap, e);
        if (!parser_accept(p, TOK_COMMA)) {
            if (!parser_at(p, TOK_RSQB) && parse_starts_expr(parser_tok(p)->kind)) {
                parser_error(p, span_make(elts.items[0]->span.start, parser_tok(p)->span.end),
                             "invalid syntax. Perhaps you forgot a comma?");
                return NULL;
            }
            break;
        }
        tuple = true;
        if (parser_at(p, TOK_RSQB))
            break;
    }
    if (!tuple)
        return elts.items[0];
    AstExpr *t = parser_new_expr(p, AST_TUPLE, parser_span_from(p, start));
    t->as.seq.elts = elts;
    return t;
}

static AstExpr *subscript(Parser *p, AstExpr *value, uint32_t start) {
    parser_advance(p);
    AstExpr *s = slices(p);
    if (!s || !parser_expect(p, TOK_RSQB))
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_SUBSCRIPT, parser_span_from(p, start));
    e->as.subscript.value = value;
    e->as.subscript.slice = s;
    return e;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
static AstExpr *primary(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *e = atom(p);
    uint32_t links = 0;
    while (e) {
        TokKind k = parser_tok(p)->kind;
        if ((k == TOK_DOT || k == TOK_LPAR || k == TOK_LSQB) && !parser_chain(p, &links))
            return NULL;
        switch (k) {
        case TOK_DOT: {
            parser_advance(p);
            if (!parser_at(p, TOK_NAME)) {
                parser_error(p, parser_tok(p)->span, "invalid syntax");
                return NULL;
            }
            const Token *name = parser_advance(p);
            AstExpr *a = parser_new_expr(p, AST_ATTRIBUTE, parser_span_from(p, start));
            a->as.attribute.value = e;
            a->as.attribute.attr = parser_ident(p, name);
            e = a;
            break;
        }
        case TOK_LPAR: {
            AstExpr *call = parser_new_expr(p, AST_CALL, span_make(start, start));
            call->as.call.func = e;
            if (!parse_call_args(p, call))
                return NULL;
            call->span = parser_span_from(p, start);
            e = call;
            break;
        }
        case TOK_LSQB:
            e = subscript(p, e, start);
            break;
        default:
            return e;
        }
    }
    return NULL;
}

// await_primary: 'await' primary | primary
static AstExpr *await_primary(Parser *p) {
    if (!parser_at(p, TOK_AWAIT))
        return primary(p);
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *v = primary(p);
    if (!v)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_AWAIT, parser_span_from(p, start));
    e->as.value.value = v;
    return e;
}

static AstExpr *factor(Parser *p);

// power: await_primary '**' factor | await_primary
static AstExpr *power(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *left = await_primary(p);
    if (!left || !parser_accept(p, TOK_DOUBLESTAR))
        return left;
    AstExpr *right = factor(p);
    if (!right)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_BIN_OP, parser_span_from(p, start));
    e->as.binop.left = left;
    e->as.binop.op = BINOP_POW;
    e->as.binop.right = right;
    return e;
}

// factor: '+' factor | '-' factor | '~' factor | power
static AstExpr *factor(Parser *p) {
    AstUnaryOp op;
    switch (parser_tok(p)->kind) {
    case TOK_PLUS: op = UNOP_UADD; break;
    case TOK_MINUS: op = UNOP_USUB; break;
    case TOK_TILDE: op = UNOP_INVERT; break;
    default: return power(p);
    }
    if (!parser_enter(p))
        return NULL;
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *operand = factor(p);
    parser_leave(p);
    if (!operand)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_UNARY_OP, parser_span_from(p, start));
    e->as.unary.op = op;
    e->as.unary.operand = operand;
    return e;
}

/* Binary operator levels, loosest first: bitwise_or, bitwise_xor,
 * bitwise_and, shift_expr, sum, term. All are left-associative. */
enum { LEVEL_BITOR, LEVEL_XOR, LEVEL_AND, LEVEL_SHIFT, LEVEL_SUM, LEVEL_TERM, LEVEL__COUNT };

/* The operator of token kind k at `level`, or -1. */
static int binop_at(TokKind k, int level) {
    switch (level) {
    case LEVEL_BITOR: return k == TOK_VBAR ? BINOP_BIT_OR : -1;
    case LEVEL_XOR: return k == TOK_CIRCUMFLEX ? BINOP_BIT_XOR : -1;
    case LEVEL_AND: return k == TOK_AMPER ? BINOP_BIT_AND : -1;
    case LEVEL_SHIFT: return k == TOK_LEFTSHIFT ? BINOP_LSHIFT : k == TOK_RIGHTSHIFT ? BINOP_RSHIFT : -1;
    case LEVEL_SUM: return k == TOK_PLUS ? BINOP_ADD : k == TOK_MINUS ? BINOP_SUB : -1;
    default:
        switch (k) {
        case TOK_STAR: return BINOP_MULT;
        case TOK_SLASH: return BINOP_DIV;
        case TOK_DOUBLESLASH: return BINOP_FLOOR_DIV;
        case TOK_PERCENT: return BINOP_MOD;
        case TOK_AT: return BINOP_MAT_MULT;
        default: return -1;
        }
    }
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and so on down to term)
static AstExpr *binary(Parser *p, int level) {
    if (level == LEVEL__COUNT)
        return factor(p);
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *left = binary(p, level + 1);
    int op;
    uint32_t links = 0;
    while (left && (op = binop_at(parser_tok(p)->kind, level)) >= 0) {
        if (!parser_chain(p, &links))
            return NULL;
        parser_advance(p);
        AstExpr *right = binary(p, level + 1);
        if (!right)
            return NULL;
        AstExpr *e = parser_new_expr(p, AST_BIN_OP, parser_span_from(p, start));
        e->as.binop.left = left;
        e->as.binop.op = (AstBinOp)op;
        e->as.binop.right = right;
        left = e;
    }
    return left;
}

AstExpr *parse_bitwise_or(Parser *p) { return binary(p, LEVEL_BITOR); }

/* The comparison operator at the current token (consuming it), or -1. */
static int comp_op(Parser *p) {
    TokKind k = parser_tok(p)->kind;
    int op;
    switch (k) {
    case TOK_EQEQUAL: op = CMPOP_EQ; break;
    case TOK_NOTEQUAL: op = CMPOP_NOT_EQ; break;
    case TOK_LESS: op = CMPOP_LT; break;
    case TOK_LESSEQUAL: op = CMPOP_LT_E; break;
    case TOK_GREATER: op = CMPOP_GT; break;
    case TOK_GREATEREQUAL: op = CMPOP_GT_E; break;
    case TOK_IN: op = CMPOP_IN; break;
    case TOK_IS:
        parser_advance(p);
        return parser_accept(p, TOK_NOT) ? CMPOP_IS_NOT : CMPOP_IS;
    case TOK_NOT:
        if (parser_peek(p, 1)->kind != TOK_IN)
            return -1;
        parser_advance(p);
        op = CMPOP_NOT_IN;
        break;
    default: return -1;
    }
    parser_advance(p);
    return op;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static AstExpr *comparison(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *left = parse_bitwise_or(p);
    if (!left)
        return NULL;
    AstExprList comps = {0};
    uint32_t cap = 0, opcap = 0;
    struct { AstCmpOp *items; uint32_t n; } ops = {0};
    int op;
    while ((op = comp_op(p)) >= 0) {
        AstExpr *right = parse_bitwise_or(p);
        if (!right)
            return NULL;
        PARSER_PUSH(p, ops, opcap, (AstCmpOp)op);
        PARSER_PUSH(p, comps, cap, right);
    }
    if (!comps.n)
        return left;
    AstExpr *e = parser_new_expr(p, AST_COMPARE, parser_span_from(p, start));
    e->as.compare.left = left;
    e->as.compare.ops = ops.items;
    e->as.compare.comparators = comps;
    return e;
}

// inversion: 'not' inversion | comparison
static AstExpr *inversion(Parser *p) {
    if (!parser_at(p, TOK_NOT))
        return comparison(p);
    if (!parser_enter(p))
        return NULL;
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *operand = inversion(p);
    parser_leave(p);
    if (!operand)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_UNARY_OP, parser_span_from(p, start));
    e->as.unary.op = UNOP_NOT;
    e->as.unary.operand = operand;
    return e;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
// conjunction: inversion ('and' inversion)+ | inversion
static AstExpr *boolop(Parser *p, AstBoolOp op) {
    uint32_t start = parser_tok(p)->span.start;
    TokKind kw = op == BOOLOP_OR ? TOK_OR : TOK_AND;
    AstExpr *first = op == BOOLOP_OR ? boolop(p, BOOLOP_AND) : inversion(p);
    if (!first || !parser_at(p, kw))
        return first;
    AstExprList values = {0};
    uint32_t cap = 0;
    PARSER_PUSH(p, values, cap, first);
    while (parser_accept(p, kw)) {
        AstExpr *e = op == BOOLOP_OR ? boolop(p, BOOLOP_AND) : inversion(p);
        if (!e)
            return NULL;
        PARSER_PUSH(p, values, cap, e);
    }
    AstExpr *e = parser_new_expr(p, AST_BOOL_OP, parser_span_from(p, start));
    e->as.boolop.op = op;
    e->as.boolop.values = values;
    return e;
}

AstExpr *parse_disjunction(Parser *p) { return boolop(p, BOOLOP_OR); }

// lambdef: 'lambda' [lambda_params] ':' expression
static AstExpr *lambdef(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstArguments *args = parse_params(p, TOK_COLON, true);
    if (!args || !parser_expect(p, TOK_COLON))
        return NULL;
    AstExpr *body = parse_expression(p);
    if (!body)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_LAMBDA, parser_span_from(p, start));
    e->as.lambda.args = args;
    e->as.lambda.body = body;
    return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
static AstExpr *expression(Parser *p) {
    if (parser_at(p, TOK_LAMBDA))
        return lambdef(p);
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *body = parse_disjunction(p);
    if (!body || !parser_accept(p, TOK_IF))
        return body;
    AstExpr *test = parse_disjunction(p);
    if (!test)
        return NULL;
    if (!parser_accept(p, TOK_ELSE)) {
        parser_error(p, body->span, "expected 'else' after 'if' expression");
        return NULL;
    }
    AstExpr *orelse = parse_expression(p);
    if (!orelse)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_IF_EXP, parser_span_from(p, start));
    e->as.ifexp.test = test;
    e->as.ifexp.body = body;
    e->as.ifexp.orelse = orelse;
    return e;
}

/* Bracket nesting at the current token: brackets never span a NEWLINE, so
 * counting back to the start of the logical line is enough. */
static int bracket_level(const Parser *p) {
    int level = 0;
    for (uint32_t i = p->pos; i > 0; i--) {
        TokKind k = p->toks[i - 1].kind;
        if (k == TOK_NEWLINE || k == TOK_INDENT || k == TOK_DEDENT)
            break;
        level += k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE;
        level -= k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE;
    }
    return level;
}

static bool is_soft_keyword(const AstExpr *e) {
    if (e->kind != AST_NAME)
        return false;
    const char *s = e->as.name.id.s;
    return !strcmp(s, "match") || !strcmp(s, "case") || !strcmp(s, "_");
}

/* CPython's invalid_expression: inside brackets, an expression followed by
 * the start of another is most likely a missing comma. */
static bool forgot_comma(Parser *p, const AstExpr *e) {
    const Token *tok = parser_tok(p);
    if (!parse_starts_expr(tok->kind) || e->kind == AST_LAMBDA || e->kind == AST_IF_EXP || is_soft_keyword(e))
        return false;
    if ((e->kind == AST_NAME && tok->kind == TOK_STRING) || bracket_level(p) <= 0)
        return false;
    parser_error(p, span_make(e->span.start, tok->span.end), "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

AstExpr *parse_expression(Parser *p) {
    if (!parser_enter(p))
        return NULL;
    AstExpr *e = expression(p);
    parser_leave(p);
    return e && forgot_comma(p, e) ? NULL : e;
}

// named_expression: NAME ':=' expression | expression !':='
AstExpr *parse_named_expression(Parser *p) {
    if (parser_at(p, TOK_NAME) && parser_peek(p, 1)->kind == TOK_COLONEQUAL) {
        uint32_t start = parser_tok(p)->span.start;
        AstExpr *target = name_expr(p);
        target->as.name.ctx = CTX_STORE;
        parser_advance(p);
        AstExpr *value = parse_expression(p);
        if (!value)
            return NULL;
        AstExpr *e = parser_new_expr(p, AST_NAMED_EXPR, parser_span_from(p, start));
        e->as.named.target = target;
        e->as.named.value = value;
        return e;
    }
    AstExpr *e = parse_expression(p);
    if (e && parser_at(p, TOK_COLONEQUAL)) {
        parser_error(p, e->span, "cannot use assignment expressions with %s", parse_expr_name(e));
        return NULL;
    }
    if (e && parser_at(p, TOK_EQUAL) && parse_starts_expr(parser_peek(p, 1)->kind)) {
        if (e->kind == AST_NAME)
            parser_error(p, e->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        else
            parser_error(p, e->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         parse_expr_name(e));
        return NULL;
    }
    return e;
}

// star_expression: '*' bitwise_or | expression
static AstExpr *star_expression(Parser *p) {
    if (!parser_at(p, TOK_STAR))
        return parse_expression(p);
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *v = parse_bitwise_or(p);
    if (!v)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_STARRED, parser_span_from(p, start));
    e->as.starred.value = v;
    return e;
}

/* elem (',' elem)* [','] with elem = one(p): a Tuple if any comma. */
static AstExpr *comma_list(Parser *p, AstExpr *(*one)(Parser *)) {
    uint32_t start = parser_tok(p)->span.start;
    AstExpr *first = one(p);
    if (!first || !parser_at(p, TOK_COMMA))
        return first;
    AstExprList elts = {0};
    uint32_t cap = 0;
    PARSER_PUSH(p, elts, cap, first);
    while (parser_accept(p, TOK_COMMA)) {
        if (!parse_starts_expr(parser_tok(p)->kind) && !parser_at(p, TOK_STAR))
            break;
        AstExpr *e = one(p);
        if (!e)
            return NULL;
        PARSER_PUSH(p, elts, cap, e);
    }
    AstExpr *t = parser_new_expr(p, AST_TUPLE, parser_span_from(p, start));
    t->as.seq.elts = elts;
    return t;
}

// star_expressions: star_expression (',' star_expression)* [',']
AstExpr *parse_star_expressions(Parser *p) { return comma_list(p, star_expression); }

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
AstExpr *parse_yield_expr(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstExprKind kind = AST_YIELD;
    AstExpr *v = NULL;
    if (parser_accept(p, TOK_FROM)) {
        kind = AST_YIELD_FROM;
        if (!(v = parse_expression(p)))
            return NULL;
    } else if (parse_starts_expr(parser_tok(p)->kind) || parser_at(p, TOK_STAR)) {
        if (!(v = parse_star_expressions(p)))
            return NULL;
    }
    AstExpr *e = parser_new_expr(p, kind, parser_span_from(p, start));
    e->as.value.value = v;
    return e;
}

// star_target: '*' bitwise_or | bitwise_or   (validated as a target afterwards)
static AstExpr *star_target(Parser *p) {
    if (!parser_at(p, TOK_STAR))
        return parse_bitwise_or(p);
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *v = parse_bitwise_or(p);
    if (!v)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_STARRED, parser_span_from(p, start));
    e->as.starred.value = v;
    return e;
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
AstExpr *parse_star_targets(Parser *p) {
    AstExpr *t = comma_list(p, star_target);
    if (!t)
        return NULL;
    AstExpr *bad = parse_set_ctx(t, CTX_STORE);
    if (bad) {
        parser_error(p, bad->span, "cannot assign to %s", parse_expr_name(bad));
        return NULL;
    }
    return t;
}

AstExpr *parse_star_target(Parser *p) {
    AstExpr *t = star_target(p);
    if (!t)
        return NULL;
    AstExpr *bad = parse_set_ctx(t, CTX_STORE);
    if (bad) {
        parser_error(p, bad->span, "cannot assign to %s", parse_expr_name(bad));
        return NULL;
    }
    return t;
}

AstExpr *parse_fstring_expr(Parser *p) {
    return parse_group_body(p, parser_tok(p)->span.start, TOK_EOF);
}

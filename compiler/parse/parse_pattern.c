/* parse/parse_pattern.c: the patterns of `case` clauses (PEP 634).
 *
 * Recursive descent over CPython 3.11's pattern grammar (Grammar/python.gram,
 * "patterns" through "keyword_pattern"), building the same nodes `ast.parse`
 * builds: MatchValue, MatchSingleton, MatchSequence, MatchMapping,
 * MatchClass, MatchStar, MatchAs and MatchOr. The grammar needs at most two
 * tokens of lookahead, so there is no backtracking: each rule looks at the
 * current token (and the one after a NAME) to pick its alternative.
 *
 * Invariants of the output: every pattern's span runs from the start of its
 * first token to the end of its last, as CPython's EXTRA does (a group
 * `(p)` is just p, without the parentheses, but `(p) | q` and `(p) as n`
 * start at the '('); an `_` wildcard is a MatchAs with no pattern and no
 * name. Errors are CPython's: "invalid syntax" at the token where no rule
 * can go on (the token PEG's farthest failure names), plus the messages of
 * the grammar's actions and invalid_* rules. Checks that CPython leaves to
 * its compiler (names bound twice, irrefutable patterns, two starred names,
 * f-string values) are sema's, not the parser's. */
#include "parse/parser.h"

static AstPattern *pattern(Parser *p);
static AstPattern *closed_pattern(Parser *p);

/* ---- small helpers ---- */

static void *syntax_error(Parser *p) {
    parser_error(p, parser_tok(p)->span, "invalid syntax");
    return NULL;
}

/* Tokens that can begin a closed pattern (or, with '*', a star pattern). */
static bool at_pattern_start(const Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_MINUS:
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE:
    case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE: case TOK_STAR:
        return true;
    default:
        return false;
    }
}

/* ---- names and values ---- */

// pattern_capture_target = !"_" NAME !('.' | '(' | '=')
// Consumes the name into *out, or reports "invalid syntax" where CPython's
// lookahead stops: at the `_`, at the token after the name, or at a non-name.
static bool capture_target(Parser *p, AstIdent *out) {
    if (!parser_at(p, TOK_NAME) || parser_at_name(p, "_")) {
        syntax_error(p);
        return false;
    }
    TokKind next = parser_peek(p, 1)->kind;
    if (next == TOK_DOT || next == TOK_LPAR || next == TOK_EQUAL) {
        parser_advance(p);
        syntax_error(p);
        return false;
    }
    *out = parser_ident(p, parser_advance(p));
    return true;
}

// name_or_attr = attr | NAME ;  attr = name_or_attr '.' NAME
// Returns a Name or an Attribute chain (Load); *dots counts the attributes.
static AstExpr *name_or_attr(Parser *p, uint32_t *dots) {
    const Token *tok = parser_advance(p);
    AstExpr *e = parser_new_expr(p, AST_NAME, tok->span);
    e->as.name.id = parser_ident(p, tok);
    e->as.name.ctx = CTX_LOAD;
    *dots = 0;
    uint32_t links = 0;
    while (parser_accept(p, TOK_DOT)) {
        if (!parser_chain(p, &links))
            return NULL;
        if (!parser_at(p, TOK_NAME))
            return syntax_error(p);
        tok = parser_advance(p);
        AstExpr *attr = parser_new_expr(p, AST_ATTRIBUTE, span_make(e->span.start, tok->span.end));
        attr->as.attribute.value = e;
        attr->as.attribute.attr = parser_ident(p, tok);
        attr->as.attribute.ctx = CTX_LOAD;
        e = attr;
        (*dots)++;
    }
    return e;
}

static AstExpr *number_token(Parser *p) {
    if (!parser_at(p, TOK_NUMBER))
        return syntax_error(p);
    return parse_number(p);
}

static bool is_complex(const AstExpr *e) {
    return e->kind == AST_CONSTANT && e->as.constant.kind == CONST_COMPLEX;
}

// signed_number !('+' | '-') | complex_number
// signed_number = NUMBER | '-' NUMBER
// complex_number = signed_real_number ('+' | '-') imaginary_number
// The real/imaginary checks are CPython's _PyPegen_ensure_real/imaginary.
static AstExpr *signed_number(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    bool neg = parser_accept(p, TOK_MINUS);
    AstExpr *num = number_token(p);
    if (!num)
        return NULL;
    AstExpr *real = num;
    if (neg) {
        real = parser_new_expr(p, AST_UNARY_OP, span_make(start, num->span.end));
        real->as.unary.op = UNOP_USUB;
        real->as.unary.operand = num;
    }
    if (!parser_at(p, TOK_PLUS) && !parser_at(p, TOK_MINUS))
        return real;
    if (is_complex(num)) {
        parser_error(p, num->span, "real number required in complex literal");
        return NULL;
    }
    AstBinOp op = parser_advance(p)->kind == TOK_PLUS ? BINOP_ADD : BINOP_SUB;
    AstExpr *imag = number_token(p);
    if (!imag)
        return NULL;
    if (!is_complex(imag)) {
        parser_error(p, imag->span, "imaginary number required in complex literal");
        return NULL;
    }
    AstExpr *e = parser_new_expr(p, AST_BIN_OP, span_make(start, imag->span.end));
    e->as.binop.left = real;
    e->as.binop.op = op;
    e->as.binop.right = imag;
    return e;
}

static AstExpr *singleton_constant(Parser *p) {
    const Token *tok = parser_advance(p);
    AstExpr *e = parser_new_expr(p, AST_CONSTANT, tok->span);
    e->as.constant.kind = tok->kind == TOK_NONE ? CONST_NONE : CONST_BOOL;
    e->as.constant.b = tok->kind == TOK_TRUE;
    return e;
}

// key = literal_expr | attr   (the keys of a mapping pattern)
// literal_expr = signed_number !('+'|'-') | complex_number | strings
//              | 'None' | 'True' | 'False'
static AstExpr *mapping_key(Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_NUMBER: case TOK_MINUS:
        return signed_number(p);
    case TOK_STRING:
        return parse_strings(p);
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE:
        return singleton_constant(p);
    case TOK_NAME: {
        uint32_t dots;
        AstExpr *e = name_or_attr(p, &dots);
        if (e && !dots)
            return syntax_error(p); /* `attr` needs a '.' here */
        return e;
    }
    default:
        return syntax_error(p);
    }
}

/* ---- closed patterns ---- */

static AstPattern *value_pattern(Parser *p, AstExpr *value) {
    if (!value)
        return NULL;
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_VALUE, value->span);
    pat->as.value.value = value;
    return pat;
}

// literal_pattern: 'None' | 'True' | 'False' -> MatchSingleton
static AstPattern *singleton_pattern(Parser *p) {
    const Token *tok = parser_advance(p);
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_SINGLETON, tok->span);
    pat->as.singleton.kind = tok->kind == TOK_NONE ? CONST_NONE : CONST_BOOL;
    pat->as.singleton.b = tok->kind == TOK_TRUE;
    return pat;
}

// star_pattern = '*' pattern_capture_target | '*' wildcard_pattern
static AstPattern *star_pattern(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstIdent name = {0};
    if (parser_at_name(p, "_"))
        parser_advance(p);
    else if (!capture_target(p, &name))
        return NULL;
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_STAR, parser_span_from(p, start));
    pat->as.star.name = name;
    return pat;
}

// maybe_star_pattern = star_pattern | pattern
static AstPattern *maybe_star_pattern(Parser *p) {
    return parser_at(p, TOK_STAR) ? star_pattern(p) : pattern(p);
}

// maybe_sequence_pattern = ','.maybe_star_pattern+ ','?   up to `close`.
// The caller has consumed the opening bracket (and maybe a first element
// and its comma); *pats collects the elements; consumes `close`.
static bool sequence_items(Parser *p, TokKind close, AstPatternList *pats, uint32_t *cap) {
    while (!parser_at(p, close)) {
        AstPattern *item = maybe_star_pattern(p);
        if (!item)
            return false;
        PARSER_PUSH(p, *pats, *cap, item);
        if (!parser_accept(p, TOK_COMMA) && !parser_at(p, close)) {
            syntax_error(p);
            return false;
        }
    }
    parser_advance(p);
    return true;
}

static AstPattern *sequence_node(Parser *p, uint32_t start, AstPatternList pats) {
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_SEQUENCE, parser_span_from(p, start));
    pat->as.seq.patterns = pats;
    return pat;
}

// sequence_pattern = '[' maybe_sequence_pattern? ']'
static AstPattern *list_pattern(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstPatternList pats = {0};
    uint32_t cap = 0;
    if (!sequence_items(p, TOK_RSQB, &pats, &cap))
        return NULL;
    return sequence_node(p, start, pats);
}

// group_pattern = '(' pattern ')'
// sequence_pattern = '(' open_sequence_pattern? ')'
static AstPattern *paren_pattern(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstPatternList pats = {0};
    uint32_t cap = 0;
    if (!parser_accept(p, TOK_RPAR)) {
        AstPattern *first = maybe_star_pattern(p);
        if (!first)
            return NULL;
        if (first->kind != AST_MATCH_STAR && parser_accept(p, TOK_RPAR))
            return first; /* a group keeps the inner pattern's span */
        if (!parser_accept(p, TOK_COMMA))
            return syntax_error(p);
        PARSER_PUSH(p, pats, cap, first);
        if (!sequence_items(p, TOK_RPAR, &pats, &cap))
            return NULL;
    }
    return sequence_node(p, start, pats);
}

// mapping_pattern = '{' [items_pattern ','] [double_star_pattern ','] '}'
// key_value_pattern = (literal_expr | attr) ':' pattern
// double_star_pattern = '**' pattern_capture_target
static AstPattern *mapping_pattern(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_MAPPING, span_make(start, start));
    uint32_t kcap = 0, pcap = 0;
    while (!parser_at(p, TOK_RBRACE)) {
        if (parser_accept(p, TOK_DOUBLESTAR)) {
            if (!capture_target(p, &pat->as.mapping.rest))
                return NULL;
            parser_accept(p, TOK_COMMA);
            if (!parser_at(p, TOK_RBRACE))
                return syntax_error(p);
            break;
        }
        AstExpr *key = mapping_key(p);
        if (!key)
            return NULL;
        if (!parser_accept(p, TOK_COLON))
            return syntax_error(p);
        AstPattern *value = pattern(p);
        if (!value)
            return NULL;
        PARSER_PUSH(p, pat->as.mapping.keys, kcap, key);
        PARSER_PUSH(p, pat->as.mapping.patterns, pcap, value);
        if (!parser_accept(p, TOK_COMMA) && !parser_at(p, TOK_RBRACE))
            return syntax_error(p);
    }
    pat->span.end = parser_advance(p)->span.end;
    return pat;
}

/* Positional arguments after a keyword argument: the first and last of the
 * current run, reported as one range when the run ends (CPython's
 * invalid_class_argument_pattern). */
typedef struct ArgRun {
    Span first, last;
    bool open;
} ArgRun;

static bool end_run(Parser *p, ArgRun *run) {
    if (!run->open)
        return true;
    parser_error(p, span_join(run->first, run->last), "positional patterns follow keyword patterns");
    return false;
}

// keyword_pattern = NAME '=' pattern ; or a positional pattern
// caps[] are the capacities of patterns, kwd_attrs and kwd_patterns.
static bool class_argument(Parser *p, AstPattern *pat, uint32_t caps[3], ArgRun *run) {
    bool keyword = parser_at(p, TOK_NAME) && parser_peek(p, 1)->kind == TOK_EQUAL;
    if (keyword) {
        if (!end_run(p, run))
            return false;
        AstIdent attr = parser_ident(p, parser_advance(p));
        PARSER_PUSH(p, pat->as.cls.kwd_attrs, caps[1], attr);
        parser_advance(p);
    }
    AstPattern *arg = pattern(p);
    if (!arg)
        return false;
    if (keyword) {
        PARSER_PUSH(p, pat->as.cls.kwd_patterns, caps[2], arg);
    } else if (pat->as.cls.kwd_attrs.n) {
        if (!run->open)
            run->first = arg->span;
        run->last = arg->span;
        run->open = true;
    } else {
        PARSER_PUSH(p, pat->as.cls.patterns, caps[0], arg);
    }
    return true;
}

// class_pattern = name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'
static AstPattern *class_pattern(Parser *p, AstExpr *cls) {
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_CLASS, cls->span);
    pat->as.cls.cls = cls;
    uint32_t caps[3] = {0, 0, 0};
    ArgRun run = {{0, 0}, {0, 0}, false};
    parser_advance(p);
    while (!parser_at(p, TOK_RPAR)) {
        if (!class_argument(p, pat, caps, &run))
            return NULL;
        if (!parser_accept(p, TOK_COMMA) && !parser_at(p, TOK_RPAR)) {
            end_run(p, &run);
            return syntax_error(p);
        }
    }
    if (!end_run(p, &run))
        return NULL;
    pat->span.end = parser_advance(p)->span.end;
    return pat;
}

// capture_pattern | value_pattern | class_pattern, all starting at a NAME
// that is not `_`: value_pattern = attr !('.' | '(' | '=')
static AstPattern *name_pattern(Parser *p) {
    uint32_t dots;
    AstExpr *e = name_or_attr(p, &dots);
    if (!e)
        return NULL;
    if (parser_at(p, TOK_LPAR))
        return class_pattern(p, e);
    if (parser_at(p, TOK_EQUAL))
        return syntax_error(p);
    if (dots)
        return value_pattern(p, e);
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_AS, e->span);
    pat->as.as.name = e->as.name.id;
    return pat;
}

// wildcard_pattern = "_"   (tried before value and class patterns, so
// `_.x` and `_(...)` stop after the `_`, as in CPython)
static AstPattern *wildcard_pattern(Parser *p) {
    return parser_new_pattern(p, AST_MATCH_AS, parser_advance(p)->span);
}

// closed_pattern = literal_pattern | capture_pattern | wildcard_pattern
//                | value_pattern | group_pattern | sequence_pattern
//                | mapping_pattern | class_pattern
static AstPattern *closed_pattern_kind(Parser *p) {
    switch (parser_tok(p)->kind) {
    case TOK_NUMBER: case TOK_MINUS:
        return value_pattern(p, signed_number(p));
    case TOK_STRING:
        return value_pattern(p, parse_strings(p));
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE:
        return singleton_pattern(p);
    case TOK_NAME:
        return parser_at_name(p, "_") ? wildcard_pattern(p) : name_pattern(p);
    case TOK_LPAR:
        return paren_pattern(p);
    case TOK_LSQB:
        return list_pattern(p);
    case TOK_LBRACE:
        return mapping_pattern(p);
    default:
        return syntax_error(p);
    }
}

static AstPattern *closed_pattern(Parser *p) {
    if (!parser_enter(p))
        return NULL;
    AstPattern *pat = closed_pattern_kind(p);
    parser_leave(p);
    return pat;
}

/* ---- pattern, as_pattern, or_pattern, patterns ---- */

// or_pattern = '|'.closed_pattern+   (a MatchOr only if there are two or more)
// Like every composite, a MatchOr starts at its first token, which for
// `(a) | b` is the '(' and not the start of the group's pattern.
static AstPattern *or_pattern(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstPattern *first = closed_pattern(p);
    if (!first || !parser_at(p, TOK_VBAR))
        return first;
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_OR, span_make(start, start));
    uint32_t cap = 0;
    PARSER_PUSH(p, pat->as.seq.patterns, cap, first);
    while (parser_accept(p, TOK_VBAR)) {
        AstPattern *alt = closed_pattern(p);
        if (!alt)
            return NULL;
        PARSER_PUSH(p, pat->as.seq.patterns, cap, alt);
    }
    pat->span = parser_span_from(p, start);
    return pat;
}

// invalid_as_pattern: or_pattern 'as' "_"        -> "cannot use '_' as a target"
//                   | or_pattern 'as' !NAME expression -> "invalid pattern target"
static void bad_as_target(Parser *p) {
    if (parser_at_name(p, "_")) {
        parser_error(p, parser_tok(p)->span, "cannot use '_' as a target");
        return;
    }
    AstExpr *target = parse_expression(p);
    if (target)
        parser_error(p, target->span, "invalid pattern target");
    else if (!p->failed)
        syntax_error(p);
}

// pattern = as_pattern | or_pattern
// as_pattern = or_pattern 'as' pattern_capture_target
static AstPattern *pattern(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstPattern *inner = or_pattern(p);
    if (!inner || !parser_accept(p, TOK_AS))
        return inner;
    AstIdent name;
    if (parser_at_name(p, "_") || !parser_at(p, TOK_NAME)) {
        bad_as_target(p);
        return NULL;
    }
    if (!capture_target(p, &name))
        return NULL;
    AstPattern *pat = parser_new_pattern(p, AST_MATCH_AS, span_make(start, name.span.end));
    pat->as.as.pattern = inner;
    pat->as.as.name = name;
    return pat;
}

// patterns = open_sequence_pattern | pattern
// open_sequence_pattern = maybe_star_pattern ',' maybe_sequence_pattern?
// A lone star pattern is neither, so CPython fails at the token after it.
AstPattern *parse_case_patterns(Parser *p) {
    uint32_t start = parser_tok(p)->span.start;
    AstPattern *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!parser_at(p, TOK_COMMA)) {
        if (first->kind == AST_MATCH_STAR)
            return syntax_error(p);
        return first;
    }
    AstPatternList pats = {0};
    uint32_t cap = 0;
    PARSER_PUSH(p, pats, cap, first);
    while (parser_accept(p, TOK_COMMA) && at_pattern_start(p)) {
        AstPattern *item = maybe_star_pattern(p);
        if (!item)
            return NULL;
        PARSER_PUSH(p, pats, cap, item);
    }
    return sequence_node(p, start, pats);
}

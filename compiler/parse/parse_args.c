/* parse/parse_args.c: bracketed forms — tuples, groups, lists, dicts, sets,
 * comprehensions, call arguments and def/lambda parameters — and the
 * conversion of a parsed expression into an assignment/del target.
 *
 * A bracketed display is parsed element by element; the first element and
 * the token after it decide the form (`(x)` group, `(x,)` tuple, `(x for`
 * generator, `{k: v` dict, ...). Targets are parsed as expressions and then
 * validated by parse_set_ctx(), which sets ctx Store/Del in place: this is
 * CPython's own approach in spirit (its invalid_* rules name the first
 * offending node) without PEG backtracking. */
#include "parse/parser.h"


const char *parse_expr_name(const AstExpr *e) {
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOL_OP: case AST_BIN_OP: case AST_UNARY_OP: return "expression";
    case AST_GENERATOR_EXP: return "generator expression";
    case AST_YIELD: case AST_YIELD_FROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LIST_COMP: return "list comprehension";
    case AST_SET_COMP: return "set comprehension";
    case AST_DICT_COMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINED_STR: case AST_FORMATTED_VALUE: return "f-string expression";
    case AST_COMPARE: return "comparison";
    case AST_IF_EXP: return "conditional expression";
    case AST_NAMED_EXPR: return "named expression";
    case AST_SLICE: return "slice";
    case AST_CONSTANT:
        switch (e->as.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_BOOL: return e->as.constant.b ? "True" : "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

AstExpr *parse_set_ctx(AstExpr *e, AstCtx ctx) {
    switch (e->kind) {
    case AST_NAME: e->as.name.ctx = ctx; return NULL;
    case AST_ATTRIBUTE: e->as.attribute.ctx = ctx; return NULL;
    case AST_SUBSCRIPT: e->as.subscript.ctx = ctx; return NULL;
    case AST_STARRED: {
        if (ctx == CTX_DEL)
            return e;
        AstExpr *bad = parse_set_ctx(e->as.starred.value, ctx);
        if (!bad)
            e->as.starred.ctx = ctx;
        return bad;
    }
    case AST_LIST:
    case AST_TUPLE:
        for (uint32_t i = 0; i < e->as.seq.elts.n; i++) {
            AstExpr *bad = parse_set_ctx(e->as.seq.elts.items[i], ctx);
            if (bad)
                return bad;
        }
        e->as.seq.ctx = ctx;
        return NULL;
    default:
        return e;
    }
}

/* After a complete element inside brackets, anything but `,` or the closer
 * is an error; an expression start there is probably a missing comma. */
static void bad_separator(Parser *p, const AstExpr *elem) {
    const Token *tok = parser_tok(p);
    if (parse_starts_expr(tok->kind) && elem->kind != AST_LAMBDA && elem->kind != AST_IF_EXP &&
        !(elem->kind == AST_NAME && tok->kind == TOK_STRING))
        parser_error(p, span_make(elem->span.start, tok->span.end), "invalid syntax. Perhaps you forgot a comma?");
    else
        parser_error(p, tok->span, "invalid syntax");
}

/* '*' bitwise_or, or with `full` (starred_expression in calls and
 * subscripts) '*' expression. */
static AstExpr *starred_any(Parser *p, bool full) {
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *v = full ? parse_expression(p) : parse_bitwise_or(p);
    if (!v)
        return NULL;
    AstExpr *e = parser_new_expr(p, AST_STARRED, parser_span_from(p, start));
    e->as.starred.value = v;
    return e;
}

static AstExpr *starred(Parser *p) { return starred_any(p, false); }
AstExpr *parse_starred_expression(Parser *p) { return starred_any(p, true); }

// star_named_expression: '*' bitwise_or | named_expression
AstExpr *parse_star_named_expression(Parser *p) {
    return parser_at(p, TOK_STAR) ? starred(p) : parse_named_expression(p);
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
static bool for_if_clauses(Parser *p, AstCompList *gens) {
    uint32_t cap = 0;
    while (parser_at(p, TOK_FOR) || (parser_at(p, TOK_ASYNC) && parser_peek(p, 1)->kind == TOK_FOR)) {
        AstComprehension *c = arena_new(p->cx->arena, AstComprehension);
        c->is_async = parser_accept(p, TOK_ASYNC);
        parser_advance(p);
        if (!(c->target = parse_star_targets(p)) || !parser_expect(p, TOK_IN))
            return false;
        if (!(c->iter = parse_disjunction(p)))
            return false;
        uint32_t icap = 0;
        while (parser_accept(p, TOK_IF)) {
            AstExpr *cond = parse_disjunction(p);
            if (!cond)
                return false;
            PARSER_PUSH(p, c->ifs, icap, cond);
        }
        PARSER_PUSH(p, *gens, cap, c);
    }
    return true;
}

static bool at_comp_for(const Parser *p) {
    return parser_at(p, TOK_FOR) || (parser_at(p, TOK_ASYNC) && parser_peek(p, 1)->kind == TOK_FOR);
}

/* elt for_if_clauses, then the closer; the node spans open..close. */
static AstExpr *comprehension(Parser *p, AstExprKind kind, AstExpr *elt, AstExpr *value, uint32_t start,
                              TokKind close) {
    if (elt->kind == AST_STARRED) {
        parser_error(p, elt->span, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    AstExpr *e = parser_new_expr(p, kind, span_make(start, start));
    e->as.comp.elt = elt;
    e->as.comp.value = value;
    if (!for_if_clauses(p, &e->as.comp.generators))
        return NULL;
    if (!parser_at(p, close)) {
        bad_separator(p, elt);
        return NULL;
    }
    parser_advance(p);
    e->span = parser_span_from(p, start);
    return e;
}

/* Elements after the first of a list/tuple/set, through the closer. */
static bool rest_of_display(Parser *p, AstExprList *elts, uint32_t *cap, TokKind close) {
    for (;;) {
        AstExpr *last = elts->items[elts->n - 1];
        if (parser_accept(p, close))
            return true;
        if (!parser_accept(p, TOK_COMMA)) {
            bad_separator(p, last);
            return false;
        }
        if (parser_accept(p, close))
            return true;
        AstExpr *e = parse_star_named_expression(p);
        if (!e)
            return false;
        PARSER_PUSH(p, *elts, *cap, e);
    }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
AstExpr *parse_paren_atom(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    return parse_group_body(p, start, TOK_RPAR);
}

AstExpr *parse_group_body(Parser *p, uint32_t start, TokKind close) {
    if (close == TOK_EOF && parser_at(p, TOK_EOF)) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    if (parser_accept(p, close))
        return parser_new_expr(p, AST_TUPLE, parser_span_from(p, start));
    if (parser_at(p, TOK_YIELD)) {
        AstExpr *y = parse_yield_expr(p);
        return y && parser_expect(p, close) ? y : NULL;
    }
    AstExpr *first = parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (at_comp_for(p))
        return comprehension(p, AST_GENERATOR_EXP, first, NULL, start, close);
    if (parser_accept(p, close)) {
        if (first->kind == AST_STARRED) {
            parser_error(p, first->span, "cannot use starred expression here");
            return NULL;
        }
        return first;
    }
    if (!parser_at(p, TOK_COMMA)) {
        bad_separator(p, first);
        return NULL;
    }
    AstExpr *t = parser_new_expr(p, AST_TUPLE, span_make(start, start));
    uint32_t cap = 0;
    PARSER_PUSH(p, t->as.seq.elts, cap, first);
    if (!rest_of_display(p, &t->as.seq.elts, &cap, close))
        return NULL;
    t->span = parser_span_from(p, start);
    return t;
}

// list: '[' [star_named_expressions] ']'   listcomp: '[' named_expression for_if_clauses ']'
AstExpr *parse_list_atom(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    AstExpr *l = parser_new_expr(p, AST_LIST, span_make(start, start));
    if (parser_accept(p, TOK_RSQB)) {
        l->span = parser_span_from(p, start);
        return l;
    }
    AstExpr *first = parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (at_comp_for(p))
        return comprehension(p, AST_LIST_COMP, first, NULL, start, TOK_RSQB);
    uint32_t cap = 0;
    PARSER_PUSH(p, l->as.seq.elts, cap, first);
    if (!rest_of_display(p, &l->as.seq.elts, &cap, TOK_RSQB))
        return NULL;
    l->span = parser_span_from(p, start);
    return l;
}

/* One `key: value` or `**value` of a dict display after the first. */
static bool dict_item(Parser *p, AstExpr *d, uint32_t *kcap, uint32_t *vcap) {
    AstExpr *key = NULL, *value;
    if (parser_accept(p, TOK_DOUBLESTAR)) {
        if (!(value = parse_bitwise_or(p)))
            return false;
    } else {
        if (!(key = parse_expression(p)))
            return false;
        if (!parser_at(p, TOK_COLON)) {
            if (parser_at(p, TOK_COMMA) || parser_at(p, TOK_RBRACE))
                parser_error(p, key->span, "':' expected after dictionary key");
            else
                bad_separator(p, key);
            return false;
        }
        const Token *colon = parser_advance(p);
        if (parser_at(p, TOK_STAR)) {
            parser_error(p, parser_tok(p)->span, "cannot use a starred expression in a dictionary value");
            return false;
        }
        if (parser_at(p, TOK_COMMA) || parser_at(p, TOK_RBRACE)) {
            parser_error(p, colon->span, "expression expected after dictionary key and ':'");
            return false;
        }
        if (!(value = parse_expression(p)))
            return false;
    }
    PARSER_PUSH(p, d->as.dict.keys, *kcap, key);
    PARSER_PUSH(p, d->as.dict.values, *vcap, value);
    return true;
}

// dict: '{' [double_starred_kvpairs] '}'   dictcomp: '{' kvpair for_if_clauses '}'
static AstExpr *dict_display(Parser *p, uint32_t start, AstExpr *key, AstExpr *value) {
    if (!key && at_comp_for(p)) {
        parser_error(p, parser_token_at(p, start + 1)->span, "dict unpacking cannot be used in dict comprehension");
        return NULL;
    }
    if (at_comp_for(p))
        return comprehension(p, AST_DICT_COMP, key, value, start, TOK_RBRACE);
    AstExpr *d = parser_new_expr(p, AST_DICT, span_make(start, start));
    uint32_t kcap = 0, vcap = 0;
    PARSER_PUSH(p, d->as.dict.keys, kcap, key);
    PARSER_PUSH(p, d->as.dict.values, vcap, value);
    for (;;) {
        if (parser_accept(p, TOK_RBRACE))
            break;
        if (!parser_accept(p, TOK_COMMA)) {
            bad_separator(p, value);
            return NULL;
        }
        if (parser_accept(p, TOK_RBRACE))
            break;
        if (!dict_item(p, d, &kcap, &vcap))
            return NULL;
        value = d->as.dict.values.items[d->as.dict.values.n - 1];
    }
    d->span = parser_span_from(p, start);
    return d;
}

// set: '{' star_named_expressions '}'   setcomp: '{' named_expression for_if_clauses '}'
AstExpr *parse_brace_atom(Parser *p) {
    uint32_t start = parser_advance(p)->span.start;
    if (parser_accept(p, TOK_RBRACE))
        return parser_new_expr(p, AST_DICT, parser_span_from(p, start));
    if (parser_accept(p, TOK_DOUBLESTAR)) {
        AstExpr *v = parse_bitwise_or(p);
        return v ? dict_display(p, start, NULL, v) : NULL;
    }
    uint32_t first_start = parser_tok(p)->span.start;
    AstExpr *first = parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (parser_at(p, TOK_COLON)) {
        const Token *colon = parser_advance(p);
        if (parser_at(p, TOK_COMMA) || parser_at(p, TOK_RBRACE)) {
            parser_error(p, colon->span, "expression expected after dictionary key and ':'");
            return NULL;
        }
        bool bare = first->span.start == first_start;
        if (first->kind == AST_STARRED || (bare && first->kind == AST_NAMED_EXPR)) {
            parser_error(p, p->toks[p->pos - 1].span, "invalid syntax");
            return NULL;
        }
        if (parser_at(p, TOK_STAR)) {
            parser_error(p, parser_tok(p)->span, "cannot use a starred expression in a dictionary value");
            return NULL;
        }
        AstExpr *v = parse_expression(p);
        return v ? dict_display(p, start, first, v) : NULL;
    }
    if (at_comp_for(p))
        return comprehension(p, AST_SET_COMP, first, NULL, start, TOK_RBRACE);
    AstExpr *s = parser_new_expr(p, AST_SET, span_make(start, start));
    uint32_t cap = 0;
    PARSER_PUSH(p, s->as.seq.elts, cap, first);
    if (!rest_of_display(p, &s->as.seq.elts, &cap, TOK_RBRACE))
        return NULL;
    s->span = parser_span_from(p, start);
    return s;
}

/* ---- call arguments ---- */

typedef struct ArgState {
    uint32_t acap, kcap;
    uint32_t open;     /* offset of '(' */
    bool seen_keyword, seen_dstar;
    bool closed;       /* a sole generator argument consumed the ')' */
} ArgState;

/* One argument: `*e`, `**e`, `name=e`, or a positional (named) expression. */
/* kwarg: NAME '=' expression | '**' expression */
static bool keyword_arg(Parser *p, AstExpr *call, ArgState *st) {
    const Token *tok = parser_tok(p);
    AstKeyword *kw = arena_new(p->cx->arena, AstKeyword);
    if (parser_advance(p)->kind == TOK_NAME) {
        kw->arg = parser_ident(p, tok);
        parser_advance(p);
        st->seen_keyword = true;
    } else {
        st->seen_dstar = true;
    }
    if (!(kw->value = parse_expression(p)))
        return false;
    kw->span = parser_span_from(p, tok->span.start);
    PARSER_PUSH(p, call->as.call.keywords, st->kcap, kw);
    return true;
}

/* `f(x for x in y)`: the generator must be the only argument, and its span
 * is the call's parentheses. Consumes the ')'. */
static bool sole_genexp(Parser *p, AstExpr *call, AstExpr *elt, ArgState *st) {
    AstExpr *g = parser_new_expr(p, AST_GENERATOR_EXP, elt->span);
    g->as.comp.elt = elt;
    if (!for_if_clauses(p, &g->as.comp.generators))
        return false;
    if (call->as.call.args.n || call->as.call.keywords.n || !parser_at(p, TOK_RPAR)) {
        parser_error(p, elt->span, "Generator expression must be parenthesized");
        return false;
    }
    parser_advance(p);
    g->span = parser_span_from(p, st->open);
    PARSER_PUSH(p, call->as.call.args, st->acap, g);
    st->closed = true;
    return true;
}

static bool call_arg(Parser *p, AstExpr *call, ArgState *st) {
    const Token *tok = parser_tok(p);
    if (tok->kind == TOK_DOUBLESTAR || (tok->kind == TOK_NAME && parser_peek(p, 1)->kind == TOK_EQUAL))
        return keyword_arg(p, call, st);
    bool star = tok->kind == TOK_STAR;
    bool walrus = tok->kind == TOK_NAME && parser_peek(p, 1)->kind == TOK_COLONEQUAL;
    AstExpr *e = star ? starred_any(p, true) : walrus ? parse_named_expression(p) : parse_expression(p);
    if (!e)
        return false;
    if (!star && parser_at(p, TOK_EQUAL)) {
        parser_error(p, e->span, "expression cannot contain assignment, perhaps you meant \"==\"?");
        return false;
    }
    if (!star && parser_at(p, TOK_COLONEQUAL)) {
        parser_error(p, e->span, "cannot use assignment expressions with %s", parse_expr_name(e));
        return false;
    }
    if (star && st->seen_dstar) {
        parser_error(p, e->span, "iterable argument unpacking follows keyword argument unpacking");
        return false;
    }
    if (!star && (st->seen_keyword || st->seen_dstar)) {
        parser_error(p, parser_tok(p)->span, st->seen_dstar ? "positional argument follows keyword argument unpacking"
                                                           : "positional argument follows keyword argument");
        return false;
    }
    if (at_comp_for(p))
        return sole_genexp(p, call, e, st);
    PARSER_PUSH(p, call->as.call.args, st->acap, e);
    return true;
}

// arguments: args [','] &')'
bool parse_call_args(Parser *p, AstExpr *call) {
    ArgState st = {0};
    st.open = parser_advance(p)->span.start;
    while (!parser_at(p, TOK_RPAR)) {
        uint32_t nargs = call->as.call.args.n;
        if (!call_arg(p, call, &st))
            return false;
        if (st.closed)
            return true;
        if (parser_accept(p, TOK_COMMA))
            continue;
        if (!parser_at(p, TOK_RPAR)) {
            AstKeywordList *kws = &call->as.call.keywords;
            bad_separator(p, call->as.call.args.n > nargs ? call->as.call.args.items[nargs]
                                                          : kws->items[kws->n - 1]->value);
            return false;
        }
    }
    parser_advance(p);
    return true;
}

/* ---- def and lambda parameters ---- */

typedef struct ParamState {
    AstArguments *args;
    uint32_t pcap, acap, kcap, kdcap, dcap;
    bool star_seen, kwarg_seen, default_seen;
} ParamState;

/* NAME [':' expression] (annotations only in a def). `*args: *Ts` allows a
 * starred annotation (PEP 646). */
static AstArg *param(Parser *p, bool lambda, bool star_annotation) {
    if (!parser_at(p, TOK_NAME)) {
        parser_error(p, parser_tok(p)->span, "invalid syntax");
        return NULL;
    }
    const Token *name = parser_advance(p);
    AstArg *a = arena_new(p->cx->arena, AstArg);
    a->arg = parser_ident(p, name);
    if (!lambda && parser_accept(p, TOK_COLON)) {
        a->annotation = star_annotation && parser_at(p, TOK_STAR) ? starred(p) : parse_expression(p);
        if (!a->annotation)
            return NULL;
    }
    a->span = parser_span_from(p, name->span.start);
    return a;
}

/* A plain parameter with an optional default, positional or keyword-only. */
static bool plain_param(Parser *p, ParamState *st, TokKind close, bool lambda) {
    const Token *tok = parser_tok(p);
    AstArg *a = param(p, lambda, false);
    if (!a)
        return false;
    AstExpr *def = NULL;
    if (parser_at(p, TOK_EQUAL)) {
        const Token *eq = parser_advance(p);
        if (!parse_starts_expr(parser_tok(p)->kind)) {
            parser_error(p, eq->span, "expected default value expression");
            return false;
        }
        if (!(def = parse_expression(p)))
            return false;
    }
    AstArguments *args = st->args;
    if (st->star_seen) {
        PARSER_PUSH(p, args->kwonlyargs, st->kcap, a);
        PARSER_PUSH(p, args->kw_defaults, st->kdcap, def);
        return true;
    }
    if (def) {
        st->default_seen = true;
        PARSER_PUSH(p, args->defaults, st->dcap, def);
    } else if (st->default_seen) {
        bool ends = parser_at(p, TOK_COMMA) || parser_at(p, close);
        parser_error(p, ends ? tok->span : parser_tok(p)->span,
                     ends ? "non-default argument follows default argument" : "invalid syntax");
        return false;
    }
    PARSER_PUSH(p, args->args, st->acap, a);
    return true;
}

/* '/' : every parameter so far becomes positional-only. */
static bool slash(Parser *p, ParamState *st) {
    const Token *tok = parser_advance(p);
    AstArguments *args = st->args;
    if (st->star_seen || args->posonlyargs.n) {
        parser_error(p, tok->span, st->star_seen ? "/ must be ahead of *" : "/ may appear only once");
        return false;
    }
    if (!args->args.n) {
        parser_error(p, tok->span, parser_at(p, TOK_COMMA) ? "at least one argument must precede /" : "invalid syntax");
        return false;
    }
    args->posonlyargs = args->args;
    st->pcap = st->acap;
    args->args = (AstArgList){0};
    st->acap = 0;
    return true;
}

/* '*' [NAME [':' annotation]] */
static bool star_param(Parser *p, ParamState *st, TokKind close, bool lambda) {
    const Token *tok = parser_advance(p);
    if (st->star_seen) {
        parser_error(p, tok->span, "* argument may appear only once");
        return false;
    }
    st->star_seen = true;
    if (parser_at(p, TOK_NAME)) {
        if (!(st->args->vararg = param(p, lambda, true)))
            return false;
        if (parser_at(p, TOK_EQUAL)) {
            parser_error(p, parser_tok(p)->span, "var-positional argument cannot have default value");
            return false;
        }
        return true;
    }
    const Token *next = parser_tok(p);
    bool bare_end = next->kind == close || next->kind == TOK_DOUBLESTAR ||
                    (next->kind == TOK_COMMA && (parser_peek(p, 1)->kind == close ||
                                                 parser_peek(p, 1)->kind == TOK_DOUBLESTAR));
    if (bare_end) {
        const Token *at = lambda ? (next->kind == TOK_COMMA ? parser_peek(p, 1) : next) : tok;
        parser_error(p, at->span, "named arguments must follow bare *");
        return false;
    }
    if (next->kind != TOK_COMMA) {
        parser_error(p, next->span, "invalid syntax");
        return false;
    }
    return true;
}

/* One parameter of any kind; false after an error. */
static bool any_param(Parser *p, ParamState *st, TokKind close, bool lambda) {
    if (st->kwarg_seen) {
        parser_error(p, parser_tok(p)->span, "arguments cannot follow var-keyword argument");
        return false;
    }
    switch (parser_tok(p)->kind) {
    case TOK_SLASH:
        return slash(p, st);
    case TOK_STAR:
        return star_param(p, st, close, lambda);
    case TOK_DOUBLESTAR:
        parser_advance(p);
        st->kwarg_seen = true;
        if (!(st->args->kwarg = param(p, lambda, false)))
            return false;
        if (parser_at(p, TOK_EQUAL)) {
            parser_error(p, parser_tok(p)->span, "var-keyword argument cannot have default value");
            return false;
        }
        return true;
    default:
        return plain_param(p, st, close, lambda);
    }
}

// parameters: slash_no_default ... | star_etc   (the def/lambda parameter list)
AstArguments *parse_params(Parser *p, TokKind close, bool lambda) {
    ParamState st = {0};
    st.args = arena_new(p->cx->arena, AstArguments);
    while (!parser_at(p, close)) {
        if (!any_param(p, &st, close, lambda))
            return NULL;
        if (parser_at(p, close))
            break;
        if (!parser_accept(p, TOK_COMMA)) {
            parser_error(p, parser_tok(p)->span, "invalid syntax");
            return NULL;
        }
    }
    return st.args;
}

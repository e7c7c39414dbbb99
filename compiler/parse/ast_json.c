/* parse/ast_json.c: the AST as one JSON value in CPython's `ast` vocabulary
 * (`adder --emit=ast-json`), for node-by-node comparison with `ast.parse`
 * (tests/ast_compare.py converts CPython's tree to the same JSON).
 *
 * Every node is {"_type": "<CPython class>", <its _fields in CPython 3.11's
 * order>...}; statements and except handlers also carry "lineno" (1-based)
 * and "col_offset" (0-based UTF-8 bytes), as CPython does. Lists are arrays,
 * absent optionals null, ctx and operators {"_type": "Load"}. type_comment
 * fields are omitted and type_ignores is always []. A Constant's value is
 * tagged by its Python type: {"int": "<decimal>"} (literal text converted with
 * a small base-1e9 big-number, so any size works), {"float": repr},
 * {"complex": repr}, {"str": ...}, {"bytes": "<hex>"}, {"bool": b},
 * {"none": null}, {"ellipsis": null}. Float repr is Python's repr(float):
 * the shortest digits that round-trip, laid out by Python's rules.
 *
 * Output goes through a fixed buffer flushed with fwrite, so a 100k-node
 * module costs a few milliseconds. The walk recurses; its depth is bounded
 * by the parser's PARSE_MAX_DEPTH. */
#include "parse/parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bytes buffered before a write to the FILE: enough to make fwrite calls
 * rare (a stdlib module's JSON is a few hundred KB). */
enum { JSON_BUF_SIZE = 16384 };
/* repr(float) needs at most 17 significant digits (DBL_DECIMAL_DIG). */
enum { FLOAT_MAX_DIGITS = 17 };

typedef struct Json {
    FILE *out;
    const SourceFile *src;
    size_t len;
    char buf[JSON_BUF_SIZE];
} Json;

static void flush(Json *j) {
    if (j->len)
        fwrite(j->buf, 1, j->len, j->out);
    j->len = 0;
}

static void put_n(Json *j, const char *s, size_t n) {
    if (j->len + n > sizeof j->buf) {
        flush(j);
        if (n > sizeof j->buf) {
            fwrite(s, 1, n, j->out);
            return;
        }
    }
    memcpy(j->buf + j->len, s, n);
    j->len += n;
}

static void put(Json *j, const char *s) { put_n(j, s, strlen(s)); }

static void put_c(Json *j, char c) {
    if (j->len == sizeof j->buf)
        flush(j);
    j->buf[j->len++] = c;
}

static void put_u(Json *j, uint32_t v) {
    char tmp[16];
    int n = snprintf(tmp, sizeof tmp, "%u", (unsigned)v);
    put_n(j, tmp, (size_t)n);
}

static void put_i(Json *j, long v) {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%ld", v);
    put_n(j, tmp, (size_t)n);
}

/* ---- JSON strings ---- */

static void put_escape_u(Json *j, unsigned v) {
    char tmp[8];
    snprintf(tmp, sizeof tmp, "\\u%04x", v & 0xFFFFu);
    put_n(j, tmp, 6);
}

/* A JSON string of WTF-8 data: control characters, NUL and lone surrogates
 * (ED A0..BF xx) become \u escapes so json.loads returns the same str. */
static void put_str(Json *j, const char *s, size_t n) {
    put_c(j, '"');
    size_t run = 0; /* start of the pending raw run */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        bool surrogate = c == 0xED && i + 2 < n && (unsigned char)s[i + 1] >= 0xA0;
        if (c >= 0x20 && c != '"' && c != '\\' && !surrogate)
            continue;
        put_n(j, s + run, i - run);
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\t': esc = "\\t"; break;
        case '\r': esc = "\\r"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: break;
        }
        if (esc) {
            put(j, esc);
        } else if (surrogate) {
            unsigned cp = ((c & 0x0Fu) << 12) | (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                          ((unsigned char)s[i + 2] & 0x3Fu);
            put_escape_u(j, cp);
            i += 2;
        } else {
            put_escape_u(j, c);
        }
        run = i + 1;
    }
    put_n(j, s + run, n - run);
    put_c(j, '"');
}


/* ---- numbers ---- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decimal digits of an integer literal in base 2, 8 or 16: repeated
 * multiply-add over base-1e9 limbs, least significant first. Quadratic in
 * the literal's length, which is fine for source literals. */
static void put_based_int(Json *j, const char *t, size_t n, unsigned base) {
    size_t cap = n / 7 + 2, nlimbs = 0;
    uint32_t *limbs = xmalloc(sizeof(uint32_t) * cap);
    for (size_t i = 0; i < n; i++) {
        int d = digit_value(t[i]);
        if (d < 0 || (unsigned)d >= base)
            continue;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < nlimbs; k++) {
            uint64_t v = (uint64_t)limbs[k] * base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs[nlimbs++] = (uint32_t)carry;
    }
    if (!nlimbs) {
        put_c(j, '0');
    } else {
        char tmp[16];
        put_n(j, tmp, (size_t)snprintf(tmp, sizeof tmp, "%u", (unsigned)limbs[nlimbs - 1]));
        for (size_t k = nlimbs - 1; k-- > 0;)
            put_n(j, tmp, (size_t)snprintf(tmp, sizeof tmp, "%09u", (unsigned)limbs[k]));
    }
    free(limbs);
}

/* An int literal's text ("0x_FF", "1_000", "0o17", "00") as decimal digits. */
static void put_int_literal(Json *j, const char *t, size_t n) {
    if (n >= 2 && t[0] == '0') {
        char p = (char)(t[1] | 0x20);
        unsigned base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (base != 10) {
            put_based_int(j, t + 2, n - 2, base);
            return;
        }
    }
    size_t i = 0;
    while (i < n && (t[i] == '0' || t[i] == '_'))
        i++;
    if (i == n) {
        put_c(j, '0');
        return;
    }
    for (; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9')
            put_c(j, t[i]);
}

/* Exponent layout of digits d1d2...dn x 10^exp: "1e+16", "1.5e-07". */
static int layout_exp(char *out, int len, const char *digits, int nd, int exp) {
    out[len++] = digits[0];
    if (nd > 1) {
        out[len++] = '.';
        memcpy(out + len, digits + 1, (size_t)nd - 1);
        len += nd - 1;
    }
    return len + sprintf(out + len, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* Positional layout for -4 <= exp < 16: "0.001", "123.5", "100" (+ ".0"). */
static int layout_pos(char *out, int len, const char *digits, int nd, int exp, bool add_dot_0) {
    if (exp < 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (int k = 0; k < -exp - 1; k++)
            out[len++] = '0';
        memcpy(out + len, digits, (size_t)nd);
        len += nd;
    } else {
        for (int k = 0; k <= exp; k++)
            out[len++] = k < nd ? digits[k] : '0';
        if (nd > exp + 1) {
            out[len++] = '.';
            memcpy(out + len, digits + exp + 1, (size_t)(nd - exp - 1));
            len += nd - exp - 1;
        } else if (add_dot_0) {
            out[len++] = '.';
            out[len++] = '0';
        }
    }
    out[len] = '\0';
    return len;
}

/* Python's repr of a double into out (at least 32 bytes): the shortest
 * "%.*e" digits that round-trip, then positional notation for exponents
 * -4..15 and exponent notation outside, as CPython's float_repr_style
 * 'short' does. add_dot_0 appends ".0" to integral positional values, as
 * float repr does (complex repr does not). Returns the length. */
static int float_repr(char *out, double v, bool add_dot_0) {
    if (isinf(v))
        return sprintf(out, "%sinf", v < 0 ? "-" : "");
    if (isnan(v))
        return sprintf(out, "nan");
    char sci[40];
    for (int prec = 1; prec <= FLOAT_MAX_DIGITS; prec++) {
        snprintf(sci, sizeof sci, "%.*e", prec - 1, v);
        if (strtod(sci, NULL) == v)
            break;
    }
    /* sci is "[-]D[.DDD]e[+-]XX": pull out the digits and the exponent. */
    char digits[FLOAT_MAX_DIGITS + 2];
    int nd = 0, len = 0;
    const char *p = sci;
    if (*p == '-') {
        out[len++] = '-';
        p++;
    }
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (exp < -4 || exp >= 16)
        return layout_exp(out, len, digits, nd, exp);
    return layout_pos(out, len, digits, nd, exp, add_dot_0);
}

static void put_hex_bytes(Json *j, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    put_c(j, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        put_c(j, hex[c >> 4]);
        put_c(j, hex[c & 15]);
    }
    put_c(j, '"');
}

/* {"int": "..."} and the other tagged Constant values. */
static void put_const_value(Json *j, const AstConstant *c) {
    char tmp[48];
    switch (c->kind) {
    case CONST_INT:
        put(j, "{\"int\":\"");
        put_int_literal(j, c->text ? c->text : "0", c->text ? c->len : 1);
        put(j, "\"}");
        return;
    case CONST_FLOAT:
        put(j, "{\"float\":\"");
        put_n(j, tmp, (size_t)float_repr(tmp, c->f, true));
        put(j, "\"}");
        return;
    case CONST_COMPLEX:
        put(j, "{\"complex\":\"");
        put_n(j, tmp, (size_t)float_repr(tmp, c->f, false));
        put(j, "j\"}");
        return;
    case CONST_STR:
        put(j, "{\"str\":");
        put_str(j, c->text ? c->text : "", c->text ? c->len : 0);
        put_c(j, '}');
        return;
    case CONST_BYTES:
        put(j, "{\"bytes\":");
        put_hex_bytes(j, c->text ? c->text : "", c->text ? c->len : 0);
        put_c(j, '}');
        return;
    case CONST_BOOL: put(j, c->b ? "{\"bool\":true}" : "{\"bool\":false}"); return;
    case CONST_NONE: put(j, "{\"none\":null}"); return;
    case CONST_ELLIPSIS: put(j, "{\"ellipsis\":null}"); return;
    }
    ADDER_UNREACHABLE();
}

/* ---- objects ---- */

static void open_node(Json *j, const char *type) {
    put(j, "{\"_type\":\"");
    put(j, type);
    put_c(j, '"');
}

static void key(Json *j, const char *name) {
    put(j, ",\"");
    put(j, name);
    put(j, "\":");
}

static void put_type(Json *j, const char *type) {
    open_node(j, type);
    put_c(j, '}');
}

static void put_pos(Json *j, Span span) {
    uint32_t line, col;
    source_line_col(j->src, span.start, &line, &col);
    key(j, "lineno");
    put_u(j, line);
    key(j, "col_offset");
    put_u(j, col);
}

static bool ident_absent(AstIdent id) { return !id.s || !id.s[0]; }

static void put_ident(Json *j, AstIdent id) {
    if (ident_absent(id))
        put(j, "null");
    else
        put_str(j, id.s, id.len ? id.len : strlen(id.s));
}

static void put_ctx(Json *j, AstCtx ctx) {
    key(j, "ctx");
    put_type(j, ctx == CTX_STORE ? "Store" : ctx == CTX_DEL ? "Del" : "Load");
}

static void expr(Json *j, const AstExpr *e);
static void stmt(Json *j, const AstStmt *s);
static void pattern(Json *j, const AstPattern *pat);

static void expr_list(Json *j, const char *name, AstExprList l) {
    key(j, name);
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        expr(j, l.items[i]);
    }
    put_c(j, ']');
}

static void stmt_list(Json *j, const char *name, AstStmtList l) {
    key(j, name);
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        stmt(j, l.items[i]);
    }
    put_c(j, ']');
}

static void pattern_list(Json *j, const char *name, AstPatternList l) {
    key(j, name);
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        pattern(j, l.items[i]);
    }
    put_c(j, ']');
}

static void ident_list(Json *j, const char *name, AstIdentList l) {
    key(j, name);
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        put_ident(j, l.items[i]);
    }
    put_c(j, ']');
}

static void field_expr(Json *j, const char *name, const AstExpr *e) {
    key(j, name);
    expr(j, e);
}

static void field_ident(Json *j, const char *name, AstIdent id) {
    key(j, name);
    put_ident(j, id);
}

static void arg(Json *j, const AstArg *a) {
    if (!a) {
        put(j, "null");
        return;
    }
    open_node(j, "arg");
    field_ident(j, "arg", a->arg);
    field_expr(j, "annotation", a->annotation);
    put_c(j, '}');
}

static void arg_list(Json *j, const char *name, AstArgList l) {
    key(j, name);
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        arg(j, l.items[i]);
    }
    put_c(j, ']');
}

static void arguments(Json *j, const AstArguments *a) {
    static const AstArguments none = {{0}, {0}, 0, {0}, {0}, 0, {0}};
    if (!a)
        a = &none;
    open_node(j, "arguments");
    arg_list(j, "posonlyargs", a->posonlyargs);
    arg_list(j, "args", a->args);
    key(j, "vararg");
    arg(j, a->vararg);
    arg_list(j, "kwonlyargs", a->kwonlyargs);
    expr_list(j, "kw_defaults", a->kw_defaults);
    key(j, "kwarg");
    arg(j, a->kwarg);
    expr_list(j, "defaults", a->defaults);
    put_c(j, '}');
}

static void keywords(Json *j, AstKeywordList l) {
    key(j, "keywords");
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        open_node(j, "keyword");
        field_ident(j, "arg", l.items[i]->arg);
        field_expr(j, "value", l.items[i]->value);
        put_c(j, '}');
    }
    put_c(j, ']');
}

static void generators(Json *j, AstCompList l) {
    key(j, "generators");
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        const AstComprehension *c = l.items[i];
        if (i)
            put_c(j, ',');
        open_node(j, "comprehension");
        field_expr(j, "target", c->target);
        field_expr(j, "iter", c->iter);
        expr_list(j, "ifs", c->ifs);
        key(j, "is_async");
        put_c(j, c->is_async ? '1' : '0');
        put_c(j, '}');
    }
    put_c(j, ']');
}

static void compare(Json *j, const AstExpr *e) {
    field_expr(j, "left", e->as.compare.left);
    key(j, "ops");
    put_c(j, '[');
    for (uint32_t i = 0; i < e->as.compare.comparators.n; i++) {
        if (i)
            put_c(j, ',');
        put_type(j, ast_cmpop_name(e->as.compare.ops[i]));
    }
    put_c(j, ']');
    expr_list(j, "comparators", e->as.compare.comparators);
}

static void comp(Json *j, const AstExpr *e) {
    if (e->kind == AST_DICT_COMP) {
        field_expr(j, "key", e->as.comp.elt);
        field_expr(j, "value", e->as.comp.value);
    } else {
        field_expr(j, "elt", e->as.comp.elt);
    }
    generators(j, e->as.comp.generators);
}

/* The fields of expression e after its "_type" (CPython's _fields order). */
static void expr_fields(Json *j, const AstExpr *e) {
    switch (e->kind) {
    case AST_BOOL_OP:
        key(j, "op");
        put_type(j, ast_boolop_name(e->as.boolop.op));
        expr_list(j, "values", e->as.boolop.values);
        return;
    case AST_NAMED_EXPR:
        field_expr(j, "target", e->as.named.target);
        field_expr(j, "value", e->as.named.value);
        return;
    case AST_BIN_OP:
        field_expr(j, "left", e->as.binop.left);
        key(j, "op");
        put_type(j, ast_binop_name(e->as.binop.op));
        field_expr(j, "right", e->as.binop.right);
        return;
    case AST_UNARY_OP:
        key(j, "op");
        put_type(j, ast_unop_name(e->as.unary.op));
        field_expr(j, "operand", e->as.unary.operand);
        return;
    case AST_LAMBDA:
        key(j, "args");
        arguments(j, e->as.lambda.args);
        field_expr(j, "body", e->as.lambda.body);
        return;
    case AST_IF_EXP:
        field_expr(j, "test", e->as.ifexp.test);
        field_expr(j, "body", e->as.ifexp.body);
        field_expr(j, "orelse", e->as.ifexp.orelse);
        return;
    case AST_DICT:
        expr_list(j, "keys", e->as.dict.keys);
        expr_list(j, "values", e->as.dict.values);
        return;
    case AST_SET: expr_list(j, "elts", e->as.seq.elts); return;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: comp(j, e); return;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: field_expr(j, "value", e->as.value.value); return;
    case AST_COMPARE: compare(j, e); return;
    case AST_CALL:
        field_expr(j, "func", e->as.call.func);
        expr_list(j, "args", e->as.call.args);
        keywords(j, e->as.call.keywords);
        return;
    case AST_FORMATTED_VALUE:
        field_expr(j, "value", e->as.formatted.value);
        key(j, "conversion");
        put_i(j, e->as.formatted.conversion);
        field_expr(j, "format_spec", e->as.formatted.format_spec);
        return;
    case AST_JOINED_STR: expr_list(j, "values", e->as.joined.values); return;
    case AST_CONSTANT:
        key(j, "value");
        put_const_value(j, &e->as.constant);
        key(j, "kind");
        put(j, e->as.constant.is_u ? "\"u\"" : "null");
        return;
    case AST_ATTRIBUTE:
        field_expr(j, "value", e->as.attribute.value);
        field_ident(j, "attr", e->as.attribute.attr);
        put_ctx(j, e->as.attribute.ctx);
        return;
    case AST_SUBSCRIPT:
        field_expr(j, "value", e->as.subscript.value);
        field_expr(j, "slice", e->as.subscript.slice);
        put_ctx(j, e->as.subscript.ctx);
        return;
    case AST_STARRED:
        field_expr(j, "value", e->as.starred.value);
        put_ctx(j, e->as.starred.ctx);
        return;
    case AST_NAME:
        field_ident(j, "id", e->as.name.id);
        put_ctx(j, e->as.name.ctx);
        return;
    case AST_LIST:
    case AST_TUPLE:
        expr_list(j, "elts", e->as.seq.elts);
        put_ctx(j, e->as.seq.ctx);
        return;
    case AST_SLICE:
        field_expr(j, "lower", e->as.slice.lower);
        field_expr(j, "upper", e->as.slice.upper);
        field_expr(j, "step", e->as.slice.step);
        return;
    case AST_EXPR__COUNT: break;
    }
    ADDER_UNREACHABLE();
}

static void expr(Json *j, const AstExpr *e) {
    if (!e) {
        put(j, "null");
        return;
    }
    open_node(j, ast_expr_name(e->kind));
    expr_fields(j, e);
    put_c(j, '}');
}

static void pattern_fields(Json *j, const AstPattern *pat) {
    switch (pat->kind) {
    case AST_MATCH_VALUE: field_expr(j, "value", pat->as.value.value); return;
    case AST_MATCH_SINGLETON:
        key(j, "value");
        if (pat->as.singleton.kind == CONST_BOOL)
            put(j, pat->as.singleton.b ? "{\"bool\":true}" : "{\"bool\":false}");
        else
            put(j, "{\"none\":null}");
        return;
    case AST_MATCH_SEQUENCE:
    case AST_MATCH_OR: pattern_list(j, "patterns", pat->as.seq.patterns); return;
    case AST_MATCH_MAPPING:
        expr_list(j, "keys", pat->as.mapping.keys);
        pattern_list(j, "patterns", pat->as.mapping.patterns);
        field_ident(j, "rest", pat->as.mapping.rest);
        return;
    case AST_MATCH_CLASS:
        field_expr(j, "cls", pat->as.cls.cls);
        pattern_list(j, "patterns", pat->as.cls.patterns);
        ident_list(j, "kwd_attrs", pat->as.cls.kwd_attrs);
        pattern_list(j, "kwd_patterns", pat->as.cls.kwd_patterns);
        return;
    case AST_MATCH_STAR: field_ident(j, "name", pat->as.star.name); return;
    case AST_MATCH_AS:
        key(j, "pattern");
        pattern(j, pat->as.as.pattern);
        field_ident(j, "name", pat->as.as.name);
        return;
    case AST_PAT__COUNT: break;
    }
    ADDER_UNREACHABLE();
}

static void pattern(Json *j, const AstPattern *pat) {
    if (!pat) {
        put(j, "null");
        return;
    }
    open_node(j, ast_pattern_name(pat->kind));
    pattern_fields(j, pat);
    put_c(j, '}');
}

static void funcdef(Json *j, const AstStmt *s) {
    field_ident(j, "name", s->as.funcdef.name);
    key(j, "args");
    arguments(j, s->as.funcdef.args);
    stmt_list(j, "body", s->as.funcdef.body);
    expr_list(j, "decorator_list", s->as.funcdef.decorators);
    field_expr(j, "returns", s->as.funcdef.returns);
}

static void classdef(Json *j, const AstStmt *s) {
    field_ident(j, "name", s->as.classdef.name);
    expr_list(j, "bases", s->as.classdef.bases);
    keywords(j, s->as.classdef.keywords);
    stmt_list(j, "body", s->as.classdef.body);
    expr_list(j, "decorator_list", s->as.classdef.decorators);
}

static void with_items(Json *j, AstWithItemList l) {
    key(j, "items");
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        open_node(j, "withitem");
        field_expr(j, "context_expr", l.items[i]->context_expr);
        field_expr(j, "optional_vars", l.items[i]->optional_vars);
        put_c(j, '}');
    }
    put_c(j, ']');
}

static void match_cases(Json *j, AstCaseList l) {
    key(j, "cases");
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        open_node(j, "match_case");
        key(j, "pattern");
        pattern(j, l.items[i]->pattern);
        field_expr(j, "guard", l.items[i]->guard);
        stmt_list(j, "body", l.items[i]->body);
        put_c(j, '}');
    }
    put_c(j, ']');
}

static void try_(Json *j, const AstStmt *s) {
    stmt_list(j, "body", s->as.try_.body);
    key(j, "handlers");
    put_c(j, '[');
    for (uint32_t i = 0; i < s->as.try_.handlers.n; i++) {
        const AstExceptHandler *h = s->as.try_.handlers.items[i];
        if (i)
            put_c(j, ',');
        open_node(j, "ExceptHandler");
        field_expr(j, "type", h->type);
        field_ident(j, "name", h->name);
        stmt_list(j, "body", h->body);
        put_pos(j, h->span);
        put_c(j, '}');
    }
    put_c(j, ']');
    stmt_list(j, "orelse", s->as.try_.orelse);
    stmt_list(j, "finalbody", s->as.try_.finalbody);
}

static void aliases(Json *j, AstAliasList l) {
    key(j, "names");
    put_c(j, '[');
    for (uint32_t i = 0; i < l.n; i++) {
        if (i)
            put_c(j, ',');
        open_node(j, "alias");
        field_ident(j, "name", l.items[i]->name);
        field_ident(j, "asname", l.items[i]->asname);
        put_c(j, '}');
    }
    put_c(j, ']');
}

/* The fields of statement s after its "_type" (CPython's _fields order). */
static void stmt_fields(Json *j, const AstStmt *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: funcdef(j, s); return;
    case AST_CLASS_DEF: classdef(j, s); return;
    case AST_RETURN:
    case AST_EXPR: field_expr(j, "value", s->as.value.value); return;
    case AST_DELETE: expr_list(j, "targets", s->as.del.targets); return;
    case AST_ASSIGN:
        expr_list(j, "targets", s->as.assign.targets);
        field_expr(j, "value", s->as.assign.value);
        return;
    case AST_AUG_ASSIGN:
        field_expr(j, "target", s->as.augassign.target);
        key(j, "op");
        put_type(j, ast_binop_name(s->as.augassign.op));
        field_expr(j, "value", s->as.augassign.value);
        return;
    case AST_ANN_ASSIGN:
        field_expr(j, "target", s->as.annassign.target);
        field_expr(j, "annotation", s->as.annassign.annotation);
        field_expr(j, "value", s->as.annassign.value);
        key(j, "simple");
        put_c(j, s->as.annassign.simple ? '1' : '0');
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        field_expr(j, "target", s->as.for_.target);
        field_expr(j, "iter", s->as.for_.iter);
        stmt_list(j, "body", s->as.for_.body);
        stmt_list(j, "orelse", s->as.for_.orelse);
        return;
    case AST_WHILE:
    case AST_IF:
        /* while_ and if_ have the same layout */
        field_expr(j, "test", s->kind == AST_IF ? s->as.if_.test : s->as.while_.test);
        stmt_list(j, "body", s->kind == AST_IF ? s->as.if_.body : s->as.while_.body);
        stmt_list(j, "orelse", s->kind == AST_IF ? s->as.if_.orelse : s->as.while_.orelse);
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        with_items(j, s->as.with.items);
        stmt_list(j, "body", s->as.with.body);
        return;
    case AST_MATCH:
        field_expr(j, "subject", s->as.match.subject);
        match_cases(j, s->as.match.cases);
        return;
    case AST_RAISE:
        field_expr(j, "exc", s->as.raise.exc);
        field_expr(j, "cause", s->as.raise.cause);
        return;
    case AST_TRY:
    case AST_TRY_STAR: try_(j, s); return;
    case AST_ASSERT:
        field_expr(j, "test", s->as.assert_.test);
        field_expr(j, "msg", s->as.assert_.msg);
        return;
    case AST_IMPORT: aliases(j, s->as.import.names); return;
    case AST_IMPORT_FROM:
        field_ident(j, "module", s->as.import.module);
        aliases(j, s->as.import.names);
        key(j, "level");
        put_i(j, s->as.import.level);
        return;
    case AST_GLOBAL:
    case AST_NONLOCAL: ident_list(j, "names", s->as.names.names); return;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    case AST_STMT__COUNT: break;
    }
    ADDER_UNREACHABLE();
}

static void stmt(Json *j, const AstStmt *s) {
    open_node(j, ast_stmt_name(s->kind));
    stmt_fields(j, s);
    put_pos(j, s->span);
    put_c(j, '}');
}

void ast_dump_json(FILE *out, const SourceFile *src, const AstModule *mod) {
    Json *j = xmalloc(sizeof *j);
    j->out = out;
    j->src = src;
    j->len = 0;
    open_node(j, "Module");
    stmt_list(j, "body", mod->body);
    put(j, ",\"type_ignores\":[]}\n");
    flush(j);
    free(j);
}

/* parse/ast_dump.c: a readable, stable indented dump of the AST
 * (`adder --emit=ast`), used by the golden tests in tests/parse/.
 *
 * One node per line, indented two spaces per level:
 *     [FIELD: | FIELD[I]: ]Kind [scalar=value ...] [@L1:C1-L2:C2]
 * FIELD names the child's field in CPython's `ast` (body[0]:, orelse[1]:,
 * test:, args:); the root Module has no label. Kind is the CPython class
 * name. Scalars: identifiers as name='x', ctx=Load/Store/Del, op=Add,
 * Constant values as int=<literal text>, float=<literal text>,
 * complex=<literal text>, str='…' / bytes=b'…' (decoded, escaped with \n \t
 * \\ \' \xNN, lone surrogates as \uXXXX), bool=True, None, Ellipsis; and
 * is_async=1, simple=1, level=N, conversion=s/r/a, kind='u' when set.
 * Empty lists and absent optionals are not printed. The range is the
 * node's span, half-open: LINE:COL of its first character and LINE:COL just
 * past its last, 1-based lines and 1-based columns in characters. Nodes
 * without a span in CPython (arguments, withitem, match_case,
 * comprehension) print none. Output depends only on the AST and source. */
#include "parse/parse.h"

#include <string.h>

typedef struct Dump {
    FILE *out;
    const SourceFile *src;
    unsigned depth;
} Dump;

static void expr(Dump *d, const char *label, int idx, const AstExpr *e);
static void stmts(Dump *d, const char *label, AstStmtList l);
static void pattern(Dump *d, const char *label, int idx, const AstPattern *pat);

/* Starts a node line: indentation, the optional field label, the kind. */
static void begin(Dump *d, const char *label, int idx, const char *kind) {
    for (unsigned i = 0; i < d->depth; i++)
        fputs("  ", d->out);
    if (label && idx >= 0)
        fprintf(d->out, "%s[%d]: ", label, idx);
    else if (label)
        fprintf(d->out, "%s: ", label);
    fputs(kind, d->out);
}

static void end_span(Dump *d, Span span) {
    uint32_t l1, l2, bc;
    source_line_col(d->src, span.start, &l1, &bc);
    source_line_col(d->src, span.end, &l2, &bc);
    fprintf(d->out, " @%u:%u-%u:%u\n", (unsigned)l1, (unsigned)source_char_col(d->src, span.start), (unsigned)l2,
            (unsigned)source_char_col(d->src, span.end));
}

static void end_plain(Dump *d) { fputc('\n', d->out); }

static bool absent(AstIdent id) { return !id.s || !id.s[0]; }

static void ident(Dump *d, const char *name, AstIdent id) {
    if (!absent(id))
        fprintf(d->out, " %s='%s'", name, id.s);
}

static const char *ctx_name(AstCtx ctx) { return ctx == CTX_STORE ? "Store" : ctx == CTX_DEL ? "Del" : "Load"; }

/* Quoted, escaped string data (WTF-8 for str, raw bytes for bytes). */
static void quoted(Dump *d, const char *s, uint32_t n, bool bytes) {
    fputs(bytes ? "b'" : "'", d->out);
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '\'')
            fprintf(d->out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", d->out);
        else if (c == '\t')
            fputs("\\t", d->out);
        else if (c == '\r')
            fputs("\\r", d->out);
        else if (!bytes && c == 0xED && i + 2 < n && (unsigned char)s[i + 1] >= 0xA0) {
            unsigned cp = ((c & 0x0Fu) << 12) | (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                          ((unsigned char)s[i + 2] & 0x3Fu);
            fprintf(d->out, "\\u%04x", cp);
            i += 2;
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80))
            fprintf(d->out, "\\x%02x", c);
        else
            fputc(c, d->out);
    }
    fputc('\'', d->out);
}

static void constant(Dump *d, const AstExpr *e) {
    const AstConstant *c = &e->as.constant;
    const char *text = d->src->text + e->span.start;
    int n = (int)(e->span.end - e->span.start);
    switch (c->kind) {
    case CONST_INT: fprintf(d->out, " int=%.*s", (int)c->len, c->text ? c->text : ""); break;
    case CONST_FLOAT: fprintf(d->out, " float=%.*s", n, text); break;
    case CONST_COMPLEX: fprintf(d->out, " complex=%.*s", n, text); break;
    case CONST_STR:
        fputs(" str=", d->out);
        quoted(d, c->text ? c->text : "", c->len, false);
        break;
    case CONST_BYTES:
        fputs(" bytes=", d->out);
        quoted(d, c->text ? c->text : "", c->len, true);
        break;
    case CONST_BOOL: fprintf(d->out, " bool=%s", c->b ? "True" : "False"); break;
    case CONST_NONE: fputs(" None", d->out); break;
    case CONST_ELLIPSIS: fputs(" Ellipsis", d->out); break;
    }
    if (c->is_u)
        fputs(" kind='u'", d->out);
}

static void exprs(Dump *d, const char *label, AstExprList l) {
    for (uint32_t i = 0; i < l.n; i++)
        expr(d, label, (int)i, l.items[i]);
}

static void arg(Dump *d, const char *label, int idx, const AstArg *a) {
    if (!a)
        return;
    begin(d, label, idx, "arg");
    ident(d, "arg", a->arg);
    end_span(d, a->span);
    d->depth++;
    expr(d, "annotation", -1, a->annotation);
    d->depth--;
}

static void args(Dump *d, const char *label, AstArgList l) {
    for (uint32_t i = 0; i < l.n; i++)
        arg(d, label, (int)i, l.items[i]);
}

static void arguments(Dump *d, const AstArguments *a) {
    if (!a)
        return;
    begin(d, "args", -1, "arguments");
    end_plain(d);
    d->depth++;
    args(d, "posonlyargs", a->posonlyargs);
    args(d, "args", a->args);
    arg(d, "vararg", -1, a->vararg);
    args(d, "kwonlyargs", a->kwonlyargs);
    exprs(d, "kw_defaults", a->kw_defaults);
    arg(d, "kwarg", -1, a->kwarg);
    exprs(d, "defaults", a->defaults);
    d->depth--;
}

static void keywords(Dump *d, AstKeywordList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        begin(d, "keywords", (int)i, "keyword");
        ident(d, "arg", l.items[i]->arg);
        end_span(d, l.items[i]->span);
        d->depth++;
        expr(d, "value", -1, l.items[i]->value);
        d->depth--;
    }
}

static void generators(Dump *d, AstCompList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        begin(d, "generators", (int)i, "comprehension");
        if (l.items[i]->is_async)
            fputs(" is_async=1", d->out);
        end_plain(d);
        d->depth++;
        expr(d, "target", -1, l.items[i]->target);
        expr(d, "iter", -1, l.items[i]->iter);
        exprs(d, "ifs", l.items[i]->ifs);
        d->depth--;
    }
}

/* The scalar fields of e, printed on its own line. */
static void expr_scalars(Dump *d, const AstExpr *e) {
    switch (e->kind) {
    case AST_BOOL_OP: fprintf(d->out, " op=%s", ast_boolop_name(e->as.boolop.op)); break;
    case AST_BIN_OP: fprintf(d->out, " op=%s", ast_binop_name(e->as.binop.op)); break;
    case AST_UNARY_OP: fprintf(d->out, " op=%s", ast_unop_name(e->as.unary.op)); break;
    case AST_COMPARE:
        fputs(" ops=", d->out);
        for (uint32_t i = 0; i < e->as.compare.comparators.n; i++)
            fprintf(d->out, "%s%s", i ? "," : "", ast_cmpop_name(e->as.compare.ops[i]));
        break;
    case AST_FORMATTED_VALUE:
        if (e->as.formatted.conversion > 0)
            fprintf(d->out, " conversion=%c", (char)e->as.formatted.conversion);
        break;
    case AST_CONSTANT: constant(d, e); break;
    case AST_ATTRIBUTE:
        ident(d, "attr", e->as.attribute.attr);
        fprintf(d->out, " ctx=%s", ctx_name(e->as.attribute.ctx));
        break;
    case AST_SUBSCRIPT: fprintf(d->out, " ctx=%s", ctx_name(e->as.subscript.ctx)); break;
    case AST_STARRED: fprintf(d->out, " ctx=%s", ctx_name(e->as.starred.ctx)); break;
    case AST_NAME:
        ident(d, "id", e->as.name.id);
        fprintf(d->out, " ctx=%s", ctx_name(e->as.name.ctx));
        break;
    case AST_LIST:
    case AST_TUPLE: fprintf(d->out, " ctx=%s", ctx_name(e->as.seq.ctx)); break;
    default: break;
    }
}

/* The child nodes of e, one level deeper. */
static void expr_children(Dump *d, const AstExpr *e) {
    switch (e->kind) {
    case AST_BOOL_OP: exprs(d, "values", e->as.boolop.values); break;
    case AST_NAMED_EXPR:
        expr(d, "target", -1, e->as.named.target);
        expr(d, "value", -1, e->as.named.value);
        break;
    case AST_BIN_OP:
        expr(d, "left", -1, e->as.binop.left);
        expr(d, "right", -1, e->as.binop.right);
        break;
    case AST_UNARY_OP: expr(d, "operand", -1, e->as.unary.operand); break;
    case AST_LAMBDA:
        arguments(d, e->as.lambda.args);
        expr(d, "body", -1, e->as.lambda.body);
        break;
    case AST_IF_EXP:
        expr(d, "test", -1, e->as.ifexp.test);
        expr(d, "body", -1, e->as.ifexp.body);
        expr(d, "orelse", -1, e->as.ifexp.orelse);
        break;
    case AST_DICT:
        for (uint32_t i = 0; i < e->as.dict.values.n; i++) {
            expr(d, "keys", (int)i, e->as.dict.keys.items[i]);
            expr(d, "values", (int)i, e->as.dict.values.items[i]);
        }
        break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE: exprs(d, "elts", e->as.seq.elts); break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
    case AST_DICT_COMP:
        expr(d, e->kind == AST_DICT_COMP ? "key" : "elt", -1, e->as.comp.elt);
        expr(d, "value", -1, e->as.comp.value);
        generators(d, e->as.comp.generators);
        break;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: expr(d, "value", -1, e->as.value.value); break;
    case AST_COMPARE:
        expr(d, "left", -1, e->as.compare.left);
        exprs(d, "comparators", e->as.compare.comparators);
        break;
    case AST_CALL:
        expr(d, "func", -1, e->as.call.func);
        exprs(d, "args", e->as.call.args);
        keywords(d, e->as.call.keywords);
        break;
    case AST_FORMATTED_VALUE:
        expr(d, "value", -1, e->as.formatted.value);
        expr(d, "format_spec", -1, e->as.formatted.format_spec);
        break;
    case AST_JOINED_STR: exprs(d, "values", e->as.joined.values); break;
    case AST_ATTRIBUTE: expr(d, "value", -1, e->as.attribute.value); break;
    case AST_SUBSCRIPT:
        expr(d, "value", -1, e->as.subscript.value);
        expr(d, "slice", -1, e->as.subscript.slice);
        break;
    case AST_STARRED: expr(d, "value", -1, e->as.starred.value); break;
    case AST_SLICE:
        expr(d, "lower", -1, e->as.slice.lower);
        expr(d, "upper", -1, e->as.slice.upper);
        expr(d, "step", -1, e->as.slice.step);
        break;
    default: break;
    }
}

static void expr(Dump *d, const char *label, int idx, const AstExpr *e) {
    if (!e)
        return;
    begin(d, label, idx, ast_expr_name(e->kind));
    expr_scalars(d, e);
    end_span(d, e->span);
    d->depth++;
    expr_children(d, e);
    d->depth--;
}

static void patterns(Dump *d, const char *label, AstPatternList l) {
    for (uint32_t i = 0; i < l.n; i++)
        pattern(d, label, (int)i, l.items[i]);
}

static void pattern_scalars(Dump *d, const AstPattern *pat) {
    switch (pat->kind) {
    case AST_MATCH_SINGLETON:
        if (pat->as.singleton.kind == CONST_BOOL)
            fprintf(d->out, " value=%s", pat->as.singleton.b ? "True" : "False");
        else
            fputs(" value=None", d->out);
        break;
    case AST_MATCH_MAPPING: ident(d, "rest", pat->as.mapping.rest); break;
    case AST_MATCH_CLASS:
        for (uint32_t i = 0; i < pat->as.cls.kwd_attrs.n; i++)
            fprintf(d->out, "%s%s", i ? "," : " kwd_attrs=", pat->as.cls.kwd_attrs.items[i].s);
        break;
    case AST_MATCH_STAR: ident(d, "name", pat->as.star.name); break;
    case AST_MATCH_AS: ident(d, "name", pat->as.as.name); break;
    default: break;
    }
}

static void pattern(Dump *d, const char *label, int idx, const AstPattern *pat) {
    if (!pat)
        return;
    begin(d, label, idx, ast_pattern_name(pat->kind));
    pattern_scalars(d, pat);
    end_span(d, pat->span);
    d->depth++;
    switch (pat->kind) {
    case AST_MATCH_VALUE: expr(d, "value", -1, pat->as.value.value); break;
    case AST_MATCH_SEQUENCE:
    case AST_MATCH_OR: patterns(d, "patterns", pat->as.seq.patterns); break;
    case AST_MATCH_MAPPING:
        exprs(d, "keys", pat->as.mapping.keys);
        patterns(d, "patterns", pat->as.mapping.patterns);
        break;
    case AST_MATCH_CLASS:
        expr(d, "cls", -1, pat->as.cls.cls);
        patterns(d, "patterns", pat->as.cls.patterns);
        patterns(d, "kwd_patterns", pat->as.cls.kwd_patterns);
        break;
    case AST_MATCH_AS: pattern(d, "pattern", -1, pat->as.as.pattern); break;
    default: break;
    }
    d->depth--;
}

static void stmt_scalars(Dump *d, const AstStmt *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: ident(d, "name", s->as.funcdef.name); break;
    case AST_CLASS_DEF: ident(d, "name", s->as.classdef.name); break;
    case AST_AUG_ASSIGN: fprintf(d->out, " op=%s", ast_binop_name(s->as.augassign.op)); break;
    case AST_ANN_ASSIGN: fprintf(d->out, " simple=%d", s->as.annassign.simple ? 1 : 0); break;
    case AST_IMPORT_FROM:
        ident(d, "module", s->as.import.module);
        fprintf(d->out, " level=%d", s->as.import.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t i = 0; i < s->as.names.names.n; i++)
            fprintf(d->out, "%s%s", i ? "," : " names=", s->as.names.names.items[i].s);
        break;
    default: break;
    }
}

static void aliases(Dump *d, AstAliasList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        begin(d, "names", (int)i, "alias");
        ident(d, "name", l.items[i]->name);
        ident(d, "asname", l.items[i]->asname);
        end_span(d, l.items[i]->span);
    }
}

static void with_items(Dump *d, AstWithItemList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        begin(d, "items", (int)i, "withitem");
        end_plain(d);
        d->depth++;
        expr(d, "context_expr", -1, l.items[i]->context_expr);
        expr(d, "optional_vars", -1, l.items[i]->optional_vars);
        d->depth--;
    }
}

static void match_cases(Dump *d, AstCaseList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        begin(d, "cases", (int)i, "match_case");
        end_plain(d);
        d->depth++;
        pattern(d, "pattern", -1, l.items[i]->pattern);
        expr(d, "guard", -1, l.items[i]->guard);
        stmts(d, "body", l.items[i]->body);
        d->depth--;
    }
}

static void handlers(Dump *d, AstHandlerList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        const AstExceptHandler *h = l.items[i];
        begin(d, "handlers", (int)i, "ExceptHandler");
        ident(d, "name", h->name);
        end_span(d, h->span);
        d->depth++;
        expr(d, "type", -1, h->type);
        stmts(d, "body", h->body);
        d->depth--;
    }
}

static void stmt_children(Dump *d, const AstStmt *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        arguments(d, s->as.funcdef.args);
        stmts(d, "body", s->as.funcdef.body);
        exprs(d, "decorator_list", s->as.funcdef.decorators);
        expr(d, "returns", -1, s->as.funcdef.returns);
        break;
    case AST_CLASS_DEF:
        exprs(d, "bases", s->as.classdef.bases);
        keywords(d, s->as.classdef.keywords);
        stmts(d, "body", s->as.classdef.body);
        exprs(d, "decorator_list", s->as.classdef.decorators);
        break;
    case AST_RETURN:
    case AST_EXPR: expr(d, "value", -1, s->as.value.value); break;
    case AST_DELETE: exprs(d, "targets", s->as.del.targets); break;
    case AST_ASSIGN:
        exprs(d, "targets", s->as.assign.targets);
        expr(d, "value", -1, s->as.assign.value);
        break;
    case AST_AUG_ASSIGN:
        expr(d, "target", -1, s->as.augassign.target);
        expr(d, "value", -1, s->as.augassign.value);
        break;
    case AST_ANN_ASSIGN:
        expr(d, "target", -1, s->as.annassign.target);
        expr(d, "annotation", -1, s->as.annassign.annotation);
        expr(d, "value", -1, s->as.annassign.value);
        break;
    case AST_FOR:
    case AST_ASYNC_FOR:
        expr(d, "target", -1, s->as.for_.target);
        expr(d, "iter", -1, s->as.for_.iter);
        stmts(d, "body", s->as.for_.body);
        stmts(d, "orelse", s->as.for_.orelse);
        break;
    case AST_WHILE:
        expr(d, "test", -1, s->as.while_.test);
        stmts(d, "body", s->as.while_.body);
        stmts(d, "orelse", s->as.while_.orelse);
        break;
    case AST_IF:
        expr(d, "test", -1, s->as.if_.test);
        stmts(d, "body", s->as.if_.body);
        stmts(d, "orelse", s->as.if_.orelse);
        break;
    case AST_WITH:
    case AST_ASYNC_WITH:
        with_items(d, s->as.with.items);
        stmts(d, "body", s->as.with.body);
        break;
    case AST_MATCH:
        expr(d, "subject", -1, s->as.match.subject);
        match_cases(d, s->as.match.cases);
        break;
    case AST_RAISE:
        expr(d, "exc", -1, s->as.raise.exc);
        expr(d, "cause", -1, s->as.raise.cause);
        break;
    case AST_TRY:
    case AST_TRY_STAR:
        stmts(d, "body", s->as.try_.body);
        handlers(d, s->as.try_.handlers);
        stmts(d, "orelse", s->as.try_.orelse);
        stmts(d, "finalbody", s->as.try_.finalbody);
        break;
    case AST_ASSERT:
        expr(d, "test", -1, s->as.assert_.test);
        expr(d, "msg", -1, s->as.assert_.msg);
        break;
    case AST_IMPORT:
    case AST_IMPORT_FROM: aliases(d, s->as.import.names); break;
    default: break;
    }
}

static void stmts(Dump *d, const char *label, AstStmtList l) {
    for (uint32_t i = 0; i < l.n; i++) {
        const AstStmt *s = l.items[i];
        begin(d, label, (int)i, ast_stmt_name(s->kind));
        stmt_scalars(d, s);
        end_span(d, s->span);
        d->depth++;
        stmt_children(d, s);
        d->depth--;
    }
}

void ast_dump(FILE *out, const SourceFile *src, const AstModule *mod) {
    Dump d = {.out = out, .src = src, .depth = 0};
    fputs("Module\n", out);
    d.depth = 1;
    stmts(&d, "body", mod->body);
}

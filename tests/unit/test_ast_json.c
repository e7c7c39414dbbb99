/* tests/unit/test_ast_json.c: the JSON AST dump (parse/ast_json.c) on
 * hand-built nodes: big int literals, Python float/complex repr, bytes,
 * string escaping (surrogates, NUL), positions, and the readable dump. */
#include "parse/parse.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

typedef struct Fixture {
    SourceFile src;
    AstStmt stmt;
    AstStmt *stmts[1];
    AstExpr value;
    AstModule mod;
} Fixture;

/* One statement `Expr(value)` spanning all of text. */
static void fixture_init(Fixture *fx, const char *text) {
    memset(fx, 0, sizeof *fx);
    source_init(&fx->src, "t.py", text, (uint32_t)strlen(text));
    fx->stmt.kind = AST_EXPR;
    fx->stmt.span = span_make(0, (uint32_t)strlen(text));
    fx->stmt.as.value.value = &fx->value;
    fx->value.span = fx->stmt.span;
    fx->stmts[0] = &fx->stmt;
    fx->mod.body.items = fx->stmts;
    fx->mod.body.n = 1;
}

static char *capture_json(const SourceFile *src, const AstModule *mod) {
    char *data = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&data, &size);
    cr_assert(f);
    ast_dump_json(f, src, mod);
    fclose(f);
    return data;
}

/* The JSON of `Expr(Constant(c))`'s value field, e.g. {"int":"255"}. */
static char *const_json(AstConstant c) {
    Fixture fx;
    fixture_init(&fx, "x\n");
    fx.value.kind = AST_CONSTANT;
    fx.value.as.constant = c;
    char *all = capture_json(&fx.src, &fx.mod);
    source_free(&fx.src);
    const char *start = strstr(all, "\"value\":{\"_type\":\"Constant\",\"value\":");
    cr_assert(start, "%s", all);
    start += strlen("\"value\":{\"_type\":\"Constant\",\"value\":");
    const char *end = strstr(start, ",\"kind\":");
    cr_assert(end, "%s", all);
    char *out = strndup(start, (size_t)(end - start));
    free(all);
    return out;
}

static void expect_int(const char *literal, const char *want) {
    AstConstant c = {.kind = CONST_INT, .text = literal, .len = (uint32_t)strlen(literal)};
    char *got = const_json(c);
    cr_expect_str_eq(got, want, "%s", literal);
    free(got);
}

static void expect_float(AstConstKind kind, double v, const char *want) {
    AstConstant c = {.kind = kind, .f = v};
    char *got = const_json(c);
    cr_expect_str_eq(got, want);
    free(got);
}

static void expect_str(AstConstKind kind, const char *data, uint32_t len, const char *want) {
    AstConstant c = {.kind = kind, .text = data, .len = len};
    char *got = const_json(c);
    cr_expect_str_eq(got, want);
    free(got);
}

Test(ast_json, int_decimal_and_underscores) {
    expect_int("0", "{\"int\":\"0\"}");
    expect_int("000", "{\"int\":\"0\"}");
    expect_int("1_000_000", "{\"int\":\"1000000\"}");
    expect_int("123456789012345678901234567890", "{\"int\":\"123456789012345678901234567890\"}");
}

Test(ast_json, int_big_hex_octal_binary) {
    expect_int("0xFF", "{\"int\":\"255\"}");
    expect_int("0X_ff_ff", "{\"int\":\"65535\"}");
    expect_int("0xFFFFFFFFFFFFFFFF", "{\"int\":\"18446744073709551615\"}");
    expect_int("0x1_0000_0000_0000_0000_0000_0000_0000_0000",
               "{\"int\":\"340282366920938463463374607431768211456\"}");
    expect_int("0o777", "{\"int\":\"511\"}");
    expect_int("0b1010_1010", "{\"int\":\"170\"}");
    expect_int("0x0", "{\"int\":\"0\"}");
    expect_int("0x3B9ACA00", "{\"int\":\"1000000000\"}");
}

Test(ast_json, float_repr) {
    expect_float(CONST_FLOAT, 0.1, "{\"float\":\"0.1\"}");
    expect_float(CONST_FLOAT, 1e16, "{\"float\":\"1e+16\"}");
    expect_float(CONST_FLOAT, 1e15, "{\"float\":\"1000000000000000.0\"}");
    expect_float(CONST_FLOAT, 1e-5, "{\"float\":\"1e-05\"}");
    expect_float(CONST_FLOAT, 1e-4, "{\"float\":\"0.0001\"}");
    expect_float(CONST_FLOAT, 1.5e-7, "{\"float\":\"1.5e-07\"}");
    expect_float(CONST_FLOAT, 100.0, "{\"float\":\"100.0\"}");
    expect_float(CONST_FLOAT, 0.0, "{\"float\":\"0.0\"}");
    expect_float(CONST_FLOAT, 0.001, "{\"float\":\"0.001\"}");
    expect_float(CONST_FLOAT, 123.456, "{\"float\":\"123.456\"}");
    expect_float(CONST_FLOAT, 0.1 + 0.2, "{\"float\":\"0.30000000000000004\"}");
    expect_float(CONST_FLOAT, 5e-324, "{\"float\":\"5e-324\"}");
    expect_float(CONST_FLOAT, 1.7976931348623157e+308, "{\"float\":\"1.7976931348623157e+308\"}");
    expect_float(CONST_FLOAT, 1e100, "{\"float\":\"1e+100\"}");
    expect_float(CONST_FLOAT, 1.0 / 0.0, "{\"float\":\"inf\"}");
}

Test(ast_json, complex_repr) {
    expect_float(CONST_COMPLEX, 1.0, "{\"complex\":\"1j\"}");
    expect_float(CONST_COMPLEX, 1.5, "{\"complex\":\"1.5j\"}");
    expect_float(CONST_COMPLEX, 0.0, "{\"complex\":\"0j\"}");
    expect_float(CONST_COMPLEX, 1e100, "{\"complex\":\"1e+100j\"}");
    expect_float(CONST_COMPLEX, 1e16, "{\"complex\":\"1e+16j\"}");
    expect_float(CONST_COMPLEX, 1.0 / 0.0, "{\"complex\":\"infj\"}");
}

Test(ast_json, bytes_hex) {
    expect_str(CONST_BYTES, "\x00\xff" "Ab", 4, "{\"bytes\":\"00ff4162\"}");
    expect_str(CONST_BYTES, "", 0, "{\"bytes\":\"\"}");
}

Test(ast_json, str_escapes) {
    expect_str(CONST_STR, "a\"b\\c\n\t\r\b\f\x01", 11, "{\"str\":\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\"}");
    expect_str(CONST_STR, "x\0y", 3, "{\"str\":\"x\\u0000y\"}");
    /* é and € raw UTF-8; \ud800 and \udfff as WTF-8 */
    expect_str(CONST_STR, "\xc3\xa9\xe2\x82\xac", 5, "{\"str\":\"\xc3\xa9\xe2\x82\xac\"}");
    expect_str(CONST_STR, "\xed\xa0\x80-\xed\xbf\xbf", 7, "{\"str\":\"\\ud800-\\udfff\"}");
    /* U+D7FF is an ordinary character (ED 9F BF) */
    expect_str(CONST_STR, "\xed\x9f\xbf", 3, "{\"str\":\"\xed\x9f\xbf\"}");
}

Test(ast_json, bool_none_ellipsis_kind) {
    AstConstant c = {.kind = CONST_BOOL, .b = true};
    char *got = const_json(c);
    cr_expect_str_eq(got, "{\"bool\":true}");
    free(got);
    got = const_json((AstConstant){.kind = CONST_NONE});
    cr_expect_str_eq(got, "{\"none\":null}");
    free(got);
    got = const_json((AstConstant){.kind = CONST_ELLIPSIS});
    cr_expect_str_eq(got, "{\"ellipsis\":null}");
    free(got);
}

/* `if x:\n    y = 1\n` on line 2 after a UTF-8 comment: lineno and byte cols. */
Test(ast_json, statement_positions) {
    const char *text = "# \xc3\xa9\nif x:\n    \xc3\xa9 = 1\n";
    SourceFile src;
    source_init(&src, "t.py", text, (uint32_t)strlen(text));
    uint32_t if_at = 5, assign_at = 15;
    AstExpr x = {.kind = AST_NAME, .span = span_make(8, 9), .as.name = {{"x", 1, {8, 9}}, CTX_LOAD}};
    AstExpr tgt = {.kind = AST_NAME, .span = span_make(15, 17), .as.name = {{"\xc3\xa9", 2, {15, 17}}, CTX_STORE}};
    AstExpr one = {.kind = AST_CONSTANT, .span = span_make(20, 21), .as.constant = {.kind = CONST_INT, .text = "1", .len = 1}};
    AstExpr *targets[] = {&tgt};
    AstStmt assign = {.kind = AST_ASSIGN, .span = span_make(assign_at, 21)};
    assign.as.assign.targets = (AstExprList){targets, 1};
    assign.as.assign.value = &one;
    AstStmt *body[] = {&assign};
    AstStmt ifs = {.kind = AST_IF, .span = span_make(if_at, 21)};
    ifs.as.if_.test = &x;
    ifs.as.if_.body = (AstStmtList){body, 1};
    AstStmt *top[] = {&ifs};
    AstModule mod = {.body = {top, 1}};
    char *got = capture_json(&src, &mod);
    cr_expect_str_eq(got,
                     "{\"_type\":\"Module\",\"body\":[{\"_type\":\"If\",\"test\":{\"_type\":\"Name\",\"id\":\"x\","
                     "\"ctx\":{\"_type\":\"Load\"}},\"body\":[{\"_type\":\"Assign\",\"targets\":[{\"_type\":"
                     "\"Name\",\"id\":\"\xc3\xa9\",\"ctx\":{\"_type\":\"Store\"}}],\"value\":{\"_type\":"
                     "\"Constant\",\"value\":{\"int\":\"1\"},\"kind\":null},\"lineno\":3,\"col_offset\":4}],"
                     "\"orelse\":[],\"lineno\":2,\"col_offset\":0}],\"type_ignores\":[]}\n");
    free(got);

    /* the readable dump of the same tree: character columns, 1-based */
    char *data = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&data, &size);
    ast_dump(f, &src, &mod);
    fclose(f);
    cr_expect_str_eq(data, "Module\n"
                           "  body[0]: If @2:1-3:10\n"
                           "    test: Name id='x' ctx=Load @2:4-2:5\n"
                           "    body[0]: Assign @3:5-3:10\n"
                           "      targets[0]: Name id='\xc3\xa9' ctx=Store @3:5-3:6\n"
                           "      value: Constant int=1 @3:9-3:10\n");
    free(data);
    source_free(&src);
}

/* A module bigger than the writer's buffer comes out whole. */
Test(ast_json, long_output_is_flushed) {
    enum { N = 5000 };
    const char *text = "pass\n";
    SourceFile src;
    source_init(&src, "t.py", text, 5);
    AstStmt pass = {.kind = AST_PASS, .span = span_make(0, 4)};
    AstStmt **items = calloc(N, sizeof *items);
    for (int i = 0; i < N; i++)
        items[i] = &pass;
    AstModule mod = {.body = {items, N}};
    char *got = capture_json(&src, &mod);
    const char *one = "{\"_type\":\"Pass\",\"lineno\":1,\"col_offset\":0}";
    size_t want = strlen("{\"_type\":\"Module\",\"body\":[],\"type_ignores\":[]}\n") + N * strlen(one) + (N - 1);
    cr_expect_eq(strlen(got), want);
    free(got);
    free(items);
    source_free(&src);
}

/* tests/unit/test_strings.c: string literals and f-strings
 * (parse/parse_string.c, parse/unicode_names.c) through the real lexer and
 * parser: the decoded bytes of every escape kind, \N{} names, raw and bytes
 * literals, implicit concatenation, the JoinedStr/FormattedValue structure
 * CPython 3.11 builds (checked against `ast.dump`), and its error texts. */
#include "lex/lex.h"
#include "parse/parse.h"
#include "parse/unicode_names.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

typedef struct Fixture {
    char *text;
    SourceFile src;
    Arena arena;
    DiagSink diag;
    TokenBuf toks;
    AstModule *mod;
} Fixture;

static void fixture_free(Fixture *fx) {
    lex_tokens_free(&fx->toks);
    diag_free(&fx->diag);
    arena_free(&fx->arena);
    source_free(&fx->src);
    free(fx->text);
}

/* Parses the one-line module `src`; returns the first statement's value or
 * NULL (the error text is then in fx->diag.last). */
static const AstExpr *parse(Fixture *fx, const char *src) {
    memset(fx, 0, sizeof *fx);
    size_t n = strlen(src);
    fx->text = malloc(n + 2);
    memcpy(fx->text, src, n);
    memcpy(fx->text + n, "\n", 2);
    source_init(&fx->src, "t.py", fx->text, (uint32_t)n + 1);
    arena_init(&fx->arena);
    diag_init(&fx->diag, &fx->src, NULL);
    lex_tokenize(&fx->arena, &fx->diag, &fx->src, &fx->toks);
    ParseCtx cx = {.arena = &fx->arena, .diag = &fx->diag, .src = &fx->src};
    fx->mod = parse_module(&cx, &fx->toks);
    if (!fx->mod || fx->diag.nerrors)
        return NULL;
    cr_assert_eq(fx->mod->body.n, 1);
    cr_assert_eq(fx->mod->body.items[0]->kind, AST_EXPR);
    return fx->mod->body.items[0]->as.value.value;
}

/* The literal `src` must be a Constant of `kind` holding exactly want[0..n). */
static void check_const(const char *src, AstConstKind kind, const char *want, size_t n) {
    Fixture fx;
    const AstExpr *e = parse(&fx, src);
    cr_assert(e, "%s: %s", src, buf_cstr(&fx.diag.last));
    cr_assert_eq(e->kind, AST_CONSTANT, "%s", src);
    cr_assert_eq(e->as.constant.kind, kind, "%s", src);
    cr_assert_eq(e->as.constant.len, n, "%s: len %u, want %zu", src, e->as.constant.len, n);
    cr_assert(!memcmp(e->as.constant.text, want, n), "%s: wrong bytes", src);
    cr_assert_eq(e->as.constant.text[n], '\0', "%s: not NUL-terminated", src);
    fixture_free(&fx);
}

#define STR(src, want) check_const(src, CONST_STR, want, sizeof(want) - 1)
#define BYTES(src, want) check_const(src, CONST_BYTES, want, sizeof(want) - 1)

/* `src` must be rejected with exactly the message `msg`. */
static void check_error(const char *src, const char *msg) {
    Fixture fx;
    const AstExpr *e = parse(&fx, src);
    cr_assert_null(e, "%s: accepted", src);
    cr_assert_str_eq(buf_cstr(&fx.diag.last), msg, "%s", src);
    fixture_free(&fx);
}

/* ---- str escapes ---- */

Test(strings, simple_escapes) {
    STR("'\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v'", "\\'\"\a\b\f\n\r\t\v");
    STR("'a\\\nb'", "ab");
}

Test(strings, octal_escapes) {
    STR("'\\0'", "\0");
    STR("'\\1\\12\\123\\1234'", "\x01\nSS4");
    STR("'\\08'", "\0" "8");
    STR("'\\777'", "\xc7\xbf"); /* U+01FF: allowed in a str in 3.11 */
}

Test(strings, hex_and_unicode_escapes) {
    STR("'\\x41\\u0042\\U00000043'", "ABC");
    STR("'\\xe9'", "\xc3\xa9");
    STR("'\\u20ac'", "\xe2\x82\xac");
    STR("'\\U0001F600'", "\xf0\x9f\x98\x80");
    STR("'\\U0010FFFF'", "\xf4\x8f\xbf\xbf");
}

Test(strings, lone_surrogates_are_3_byte_sequences) {
    STR("'\\ud800'", "\xed\xa0\x80");
    STR("'\\ud83d\\ude00'", "\xed\xa0\xbd\xed\xb8\x80"); /* not joined */
}

Test(strings, unknown_escapes_keep_the_backslash) {
    STR("'\\d\\X\\q'", "\\d\\X\\q");
    STR("'\\\xc3\xa9'", "\\\xc3\xa9");
}

Test(strings, nul_inside_data) {
    STR("'a\\x00b'", "a\0b");
}

/* ---- \N{...} ---- */

Test(strings, named_escapes) {
    STR("'\\N{LATIN SMALL LETTER A}'", "a");
    STR("'\\N{latin capital letter a}'", "A"); /* case-insensitive */
    STR("'\\N{EM DASH}'", "\xe2\x80\x94");
    STR("'\\N{LINE FEED}'", "\n");                  /* an alias */
    STR("'\\N{BYTE ORDER MARK}'", "\xef\xbb\xbf");  /* an alias */
    STR("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "\xe4\xb8\x80");
    STR("'\\N{HANGUL SYLLABLE GAG}'", "\xea\xb0\x81");
    STR("'\\N{HANGUL SYLLABLE A}'", "\xec\x95\x84");
}

Test(unicode_names, lookup) {
    uint32_t cp = 0;
    cr_assert(parse_unicode_name("SNOWMAN", 7, &cp));
    cr_assert_eq(cp, 0x2603);
    cr_assert(parse_unicode_name("CJK COMPATIBILITY IDEOGRAPH-F900", 32, &cp));
    cr_assert_eq(cp, 0xF900);
    cr_assert(parse_unicode_name("NUSHU CHARACTER-1B170", 21, &cp));
    cr_assert_eq(cp, 0x1B170);
    cr_assert(!parse_unicode_name("KEYCAP NUMBER SIGN", 18, &cp));      /* a named sequence */
    cr_assert(!parse_unicode_name("hangul syllable gag", 19, &cp));     /* algorithmic: exact case */
    cr_assert(!parse_unicode_name("CJK UNIFIED IDEOGRAPH-4e00", 26, &cp));
    cr_assert(!parse_unicode_name("CJK UNIFIED IDEOGRAPH-0041", 26, &cp));
    cr_assert(!parse_unicode_name("EM  DASH", 8, &cp));
    cr_assert(!parse_unicode_name(" EM DASH", 8, &cp));
    cr_assert(!parse_unicode_name("", 0, &cp));
}

/* ---- raw, bytes, newlines ---- */

Test(strings, raw_strings) {
    STR("r'\\n\\x'", "\\n\\x");
    STR("R'\\''", "\\'");
    STR("r'\\N{x}'", "\\N{x}");
}

Test(strings, bytes_literals) {
    BYTES("b'\\x00\\xff\\n\\\\'", "\0\xff\n\\");
    BYTES("b'\\777'", "\xff"); /* octal wraps in 3.11 */
    BYTES("b'\\400'", "\0");
    BYTES("b'\\u1234\\N{x}\\d'", "\\u1234\\N{x}\\d");
    BYTES("rb'\\x'", "\\x");
    BYTES("BR'\\n'", "\\n");
}

Test(strings, universal_newlines) {
    STR("'''a\r\nb'''", "a\nb");
    STR("'''a\rb'''", "a\nb");
    STR("'a\\\r\nb'", "ab");
    STR("r'''a\r\nb'''", "a\nb");
    BYTES("b'''a\r\nb'''", "a\nb");
}

/* ---- concatenation ---- */

Test(strings, concatenation) {
    STR("'a' \"b\" '''c'''", "abc");
    BYTES("b'a' rb'\\d'", "a\\d");
}

Test(strings, u_kind_follows_first_piece) {
    Fixture fx;
    const AstExpr *e = parse(&fx, "u'a' 'b'");
    cr_assert(e && e->as.constant.is_u);
    fixture_free(&fx);
    e = parse(&fx, "'a' u'b'");
    cr_assert(e && !e->as.constant.is_u);
    fixture_free(&fx);
    e = parse(&fx, "U'a'");
    cr_assert(e && !e->as.constant.is_u); /* CPython tests for a lower-case u */
    fixture_free(&fx);
    e = parse(&fx, "u'a' f'{x}' 'b'");
    cr_assert(e && e->kind == AST_JOINED_STR && e->as.joined.values.n == 3);
    cr_assert(e->as.joined.values.items[0]->as.constant.is_u);
    cr_assert(e->as.joined.values.items[2]->as.constant.is_u);
    fixture_free(&fx);
}

Test(strings, constant_spans_all_tokens) {
    Fixture fx;
    const AstExpr *e = parse(&fx, "'a'  'b'");
    cr_assert(e);
    cr_assert_eq(e->span.start, 0);
    cr_assert_eq(e->span.end, 8);
    fixture_free(&fx);
}

/* ---- f-strings ---- */

static const AstExpr *joined(Fixture *fx, const char *src, uint32_t nvalues) {
    const AstExpr *e = parse(fx, src);
    cr_assert(e, "%s: %s", src, buf_cstr(&fx->diag.last));
    cr_assert_eq(e->kind, AST_JOINED_STR, "%s", src);
    cr_assert_eq(e->as.joined.values.n, nvalues, "%s: %u values", src, e->as.joined.values.n);
    return e;
}

static void check_text(const AstExpr *e, const char *want) {
    cr_assert_eq(e->kind, AST_CONSTANT);
    cr_assert_eq(e->as.constant.kind, CONST_STR);
    cr_assert_eq(e->as.constant.len, strlen(want));
    cr_assert(!memcmp(e->as.constant.text, want, strlen(want)), "got '%s', want '%s'", e->as.constant.text, want);
}

Test(fstrings, constants_only) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'a' 'b'", 1);
    check_text(e->as.joined.values.items[0], "ab");
    fixture_free(&fx);
    joined(&fx, "f''", 0);
    fixture_free(&fx);
    e = joined(&fx, "f'{{}}'", 1);
    check_text(e->as.joined.values.items[0], "{}");
    fixture_free(&fx);
}

Test(fstrings, fields_and_text) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "'a' f'{x}' 'b'", 3);
    check_text(e->as.joined.values.items[0], "a");
    const AstExpr *fv = e->as.joined.values.items[1];
    cr_assert_eq(fv->kind, AST_FORMATTED_VALUE);
    cr_assert_eq(fv->as.formatted.conversion, -1);
    cr_assert_null(fv->as.formatted.format_spec);
    cr_assert_eq(fv->as.formatted.value->kind, AST_NAME);
    cr_assert_str_eq(fv->as.formatted.value->as.name.id.s, "x");
    cr_assert_eq(fv->as.formatted.value->span.start, 7); /* file offsets */
    check_text(e->as.joined.values.items[2], "b");
    fixture_free(&fx);
}

Test(fstrings, conversions) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'{a!s}{b!r}{c!a}'", 3);
    cr_assert_eq(e->as.joined.values.items[0]->as.formatted.conversion, 's');
    cr_assert_eq(e->as.joined.values.items[1]->as.formatted.conversion, 'r');
    cr_assert_eq(e->as.joined.values.items[2]->as.formatted.conversion, 'a');
    fixture_free(&fx);
}

Test(fstrings, nested_format_spec) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'{x:{width}.{prec}}'", 1);
    const AstExpr *spec = e->as.joined.values.items[0]->as.formatted.format_spec;
    cr_assert(spec && spec->kind == AST_JOINED_STR);
    cr_assert_eq(spec->as.joined.values.n, 3);
    cr_assert_eq(spec->as.joined.values.items[0]->kind, AST_FORMATTED_VALUE);
    check_text(spec->as.joined.values.items[1], ".");
    cr_assert_eq(spec->as.joined.values.items[2]->kind, AST_FORMATTED_VALUE);
    fixture_free(&fx);
    e = joined(&fx, "f'{x:}'", 1);
    spec = e->as.joined.values.items[0]->as.formatted.format_spec;
    cr_assert(spec && spec->kind == AST_JOINED_STR && spec->as.joined.values.n == 0);
    fixture_free(&fx);
    e = joined(&fx, "f'{x:\\x41}'", 1); /* escapes decoded in a spec */
    check_text(e->as.joined.values.items[0]->as.formatted.format_spec->as.joined.values.items[0], "A");
    fixture_free(&fx);
}

Test(fstrings, self_documenting) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'{ x = }'", 2);
    check_text(e->as.joined.values.items[0], " x = ");
    cr_assert_eq(e->as.joined.values.items[1]->as.formatted.conversion, 'r');
    fixture_free(&fx);
    e = joined(&fx, "f'{x=:>10}'", 2); /* a spec and no conversion: stays -1 */
    check_text(e->as.joined.values.items[0], "x=");
    cr_assert_eq(e->as.joined.values.items[1]->as.formatted.conversion, -1);
    fixture_free(&fx);
    e = joined(&fx, "f'a{x=!s}'", 2); /* the text merges with the literal */
    check_text(e->as.joined.values.items[0], "ax=");
    cr_assert_eq(e->as.joined.values.items[1]->as.formatted.conversion, 's');
    fixture_free(&fx);
}

Test(fstrings, expression_end) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'{3!=4}'", 1);
    cr_assert_eq(e->as.joined.values.items[0]->as.formatted.value->kind, AST_COMPARE);
    fixture_free(&fx);
    e = joined(&fx, "f'{d[\"k\"]:{w}}'", 1);
    cr_assert_eq(e->as.joined.values.items[0]->as.formatted.value->kind, AST_SUBSCRIPT);
    fixture_free(&fx);
    e = joined(&fx, "f'{(a:=1)}'", 1);
    cr_assert_eq(e->as.joined.values.items[0]->as.formatted.value->kind, AST_NAMED_EXPR);
    fixture_free(&fx);
    e = joined(&fx, "f'{a:=1}'", 1); /* ':' at depth 0 starts the spec */
    check_text(e->as.joined.values.items[0]->as.formatted.format_spec->as.joined.values.items[0], "=1");
    fixture_free(&fx);
}

Test(fstrings, named_escape_braces_are_not_fields) {
    Fixture fx;
    const AstExpr *e = joined(&fx, "f'\\N{DIGIT ONE}{x}'", 2);
    check_text(e->as.joined.values.items[0], "1");
    fixture_free(&fx);
    e = joined(&fx, "rf'\\N{x}'", 2);
    check_text(e->as.joined.values.items[0], "\\N");
    fixture_free(&fx);
}

/* ---- errors (CPython 3.11's texts) ---- */

Test(strings, escape_errors) {
    check_error("'\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                          "truncated \\xXX escape");
    check_error("'abc\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: "
                            "truncated \\xXX escape");
    check_error("'\xc3\xa9\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: "
                                 "truncated \\xXX escape");
    check_error("'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
                           "truncated \\uXXXX escape");
    check_error("'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
                                 "illegal Unicode character");
    check_error("'\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
                              "unknown Unicode character name");
    check_error("'\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                           "malformed \\N character escape");
    check_error("b'\\x4'", "(value error) invalid \\x escape at position 0");
    check_error("b'\xc3\xa9'", "bytes can only contain ASCII literal characters");
    check_error("'a' b'b'", "cannot mix bytes and nonbytes literals");
    check_error("f'{x}' b'b'", "cannot mix bytes and nonbytes literals");
}

Test(fstrings, errors) {
    check_error("f'{}'", "f-string: empty expression not allowed");
    check_error("f'{!r}'", "f-string: expression required before '!'");
    check_error("f'{x'", "f-string: expecting '}'");
    check_error("f'}'", "f-string: single '}' is not allowed");
    check_error("f'{\\n}'", "f-string expression part cannot include a backslash");
    check_error("f'{#}'", "f-string expression part cannot include '#'");
    check_error("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    check_error("f'{x)}'", "f-string: unmatched ')'");
    check_error("f'{(}'", "f-string: closing parenthesis '}' does not match opening parenthesis '('");
    check_error("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply");
    check_error("f'{lambda x:1}'", "f-string: invalid syntax");
}

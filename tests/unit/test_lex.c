/* tests/unit/test_lex.c: the lexer against CPython 3.11's tokenizer
 * behaviour — kinds, texts and spans of tokens, decoding, and errors. */
#include <criterion/criterion.h>
#include <string.h>

#include "lex/lex.h"

typedef struct Lexed {
    Arena arena;
    SourceFile src;
    DiagSink diag;
    TokenBuf toks;
    bool ok;
    char *text;
} Lexed;

static Lexed *lex_n(const char *text, uint32_t len) {
    Lexed *lx = calloc(1, sizeof *lx);
    arena_init(&lx->arena);
    lx->text = malloc(len + 1);
    memcpy(lx->text, text, len);
    lx->text[len] = 0;
    source_init(&lx->src, "t.py", lx->text, len);
    diag_init(&lx->diag, &lx->src, NULL);
    lx->ok = lex_tokenize(&lx->arena, &lx->diag, &lx->src, &lx->toks);
    return lx;
}

static Lexed *lex(const char *text) { return lex_n(text, (uint32_t)strlen(text)); }

static void done(Lexed *lx) {
    lex_tokens_free(&lx->toks);
    diag_free(&lx->diag);
    source_free(&lx->src);
    arena_free(&lx->arena);
    free(lx->text);
    free(lx);
}

static const char *last_error(Lexed *lx) { return buf_cstr(&lx->diag.last); }

/* Asserts the token kinds, ending with EOF. */
static void expect_kinds(Lexed *lx, const TokKind *kinds, uint32_t n) {
    cr_assert_eq(lx->toks.n, n, "expected %u tokens, got %u", n, lx->toks.n);
    for (uint32_t i = 0; i < n; i++)
        cr_assert_eq(lx->toks.items[i].kind, kinds[i], "token %u: expected %s, got %s", i, lex_kind_name(kinds[i]),
                     lex_kind_name(lx->toks.items[i].kind));
}
#define EXPECT_KINDS(lx, ...)                                                                                          \
    do {                                                                                                               \
        const TokKind k_[] = {__VA_ARGS__};                                                                            \
        expect_kinds((lx), k_, sizeof k_ / sizeof k_[0]);                                                              \
    } while (0)

static void expect_text(Lexed *lx, uint32_t i, const char *text) {
    cr_assert_lt(i, lx->toks.n);
    const Token *tok = &lx->toks.items[i];
    cr_assert_eq(tok->len, strlen(text), "token %u: length %u, want '%s'", i, tok->len, text);
    cr_assert(memcmp(tok->text, text, tok->len) == 0, "token %u: '%.*s', want '%s'", i, (int)tok->len, tok->text,
              text);
}

static void expect_span(Lexed *lx, uint32_t i, uint32_t start, uint32_t end) {
    cr_assert_eq(lx->toks.items[i].span.start, start, "token %u start %u", i, lx->toks.items[i].span.start);
    cr_assert_eq(lx->toks.items[i].span.end, end, "token %u end %u", i, lx->toks.items[i].span.end);
}

static uint32_t count(Lexed *lx, TokKind kind) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < lx->toks.n; i++)
        n += lx->toks.items[i].kind == kind;
    return n;
}

/* Lexes src expecting exactly one error whose text is msg. */
static void expect_error(const char *src, const char *msg) {
    Lexed *lx = lex(src);
    cr_assert(!lx->ok, "no error for %s", src);
    cr_assert_eq(lx->diag.nerrors, 1, "%u errors for %s (last: %s)", lx->diag.nerrors, src, last_error(lx));
    cr_assert_str_eq(last_error(lx), msg);
    cr_assert_eq(lx->toks.items[lx->toks.n - 1].kind, TOK_EOF);
    done(lx);
}

static void expect_number(const char *src) {
    Lexed *lx = lex(src);
    cr_assert(lx->ok, "%s: %s", src, last_error(lx));
    EXPECT_KINDS(lx, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 0, src);
    done(lx);
}

/* ---- basics ---- */

Test(lex, simple_statement) {
    Lexed *lx = lex("x = 1\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    expect_span(lx, 0, 0, 1);
    expect_span(lx, 1, 2, 3);
    expect_span(lx, 2, 4, 5);
    expect_span(lx, 3, 5, 6);
    expect_span(lx, 4, 6, 6);
    done(lx);
}

Test(lex, empty_file_is_just_eof) {
    Lexed *lx = lex("");
    EXPECT_KINDS(lx, TOK_EOF);
    done(lx);
    lx = lex("\n\n  # only a comment\n");
    EXPECT_KINDS(lx, TOK_EOF);
    done(lx);
}

Test(lex, newline_added_at_eof) {
    Lexed *lx = lex("pass");
    EXPECT_KINDS(lx, TOK_PASS, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, keywords_and_soft_keywords) {
    Lexed *lx = lex("def match case _ None async await\n");
    EXPECT_KINDS(lx, TOK_DEF, TOK_NAME, TOK_NAME, TOK_NAME, TOK_NONE, TOK_ASYNC, TOK_AWAIT, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, operators_longest_match) {
    Lexed *lx = lex("a **= b //= c >>= d -> e ... f := g != h <<i\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_DOUBLESTAREQUAL, TOK_NAME, TOK_DOUBLESLASHEQUAL, TOK_NAME, TOK_RIGHTSHIFTEQUAL,
                 TOK_NAME, TOK_RARROW, TOK_NAME, TOK_ELLIPSIS, TOK_NAME, TOK_COLONEQUAL, TOK_NAME, TOK_NOTEQUAL,
                 TOK_NAME, TOK_LEFTSHIFT, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, kind_names) {
    cr_assert_str_eq(lex_kind_name(TOK_NAME), "name");
    cr_assert_str_eq(lex_kind_name(TOK_DEF), "'def'");
    cr_assert_str_eq(lex_kind_name(TOK_LPAR), "'('");
    cr_assert_str_eq(lex_kind_name(TOK_NEWLINE), "newline");
    cr_assert_str_eq(lex_kind_name(TOK_INDENT), "indent");
}

Test(lex, comments_produce_nothing) {
    Lexed *lx = lex("x = 1  # comment \\\n# another\ny\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, crlf_and_cr_newlines) {
    Lexed *lx = lex("x\r\ny\rz\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    expect_span(lx, 1, 1, 3);
    expect_span(lx, 2, 3, 4);
    done(lx);
}

/* ---- indentation ---- */

Test(lex, indent_dedent) {
    Lexed *lx = lex("if x:\n    y\n    z\nw\n");
    EXPECT_KINDS(lx, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_NAME,
                 TOK_NEWLINE, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, nested_dedents_at_eof) {
    Lexed *lx = lex("if a:\n  if b:\n    if c:\n      d");
    cr_assert(lx->ok);
    cr_assert_eq(count(lx, TOK_INDENT), 3);
    cr_assert_eq(count(lx, TOK_DEDENT), 3);
    cr_assert_eq(lx->toks.items[lx->toks.n - 5].kind, TOK_NEWLINE);
    done(lx);
}

Test(lex, multi_level_dedent) {
    Lexed *lx = lex("if a:\n  if b:\n    c\nd\n");
    EXPECT_KINDS(lx, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
                 TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, blank_and_comment_lines_ignore_indentation) {
    Lexed *lx = lex("if a:\n  b\n\n      # deep comment\n   \n  c\n");
    cr_assert(lx->ok, "%s", last_error(lx));
    cr_assert_eq(count(lx, TOK_INDENT), 1);
    cr_assert_eq(count(lx, TOK_NEWLINE), 3);
    done(lx);
}

Test(lex, dedent_to_wrong_level) {
    expect_error("if x:\n    a\n  b\n", "unindent does not match any outer indentation level");
}

Test(lex, consistent_tabs) {
    Lexed *lx = lex("if x:\n\ty\n\tif z:\n\t\tw\n");
    cr_assert(lx->ok, "%s", last_error(lx));
    cr_assert_eq(count(lx, TOK_INDENT), 2);
    cr_assert_eq(count(lx, TOK_DEDENT), 2);
    done(lx);
}

Test(lex, tab_error) {
    expect_error("if x:\n        y\n\tz\n", "inconsistent use of tabs and spaces in indentation");
    expect_error("if x:\n \ty\n\t z\n", "inconsistent use of tabs and spaces in indentation");
}

Test(lex, form_feed_resets_column) {
    Lexed *lx = lex("if x:\n  y\n\f  z\n");
    cr_assert(lx->ok, "%s", last_error(lx));
    cr_assert_eq(count(lx, TOK_INDENT), 1);
    done(lx);
}

Test(lex, indentation_limit) {
    Buf b = {0};
    for (int i = 0; i < 101; i++) {
        for (int j = 0; j < i; j++)
            buf_push(&b, ' ');
        buf_puts(&b, "if x:\n");
    }
    Lexed *lx = lex(buf_cstr(&b));
    cr_assert_str_eq(last_error(lx), "too many levels of indentation");
    done(lx);
    buf_free(&b);
}

/* ---- joining ---- */

Test(lex, implicit_joining_in_brackets) {
    Lexed *lx = lex("x = (1,\n\n   2\n  )\ny\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_LPAR, TOK_NUMBER, TOK_COMMA, TOK_NUMBER, TOK_RPAR, TOK_NEWLINE, TOK_NAME,
                 TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, backslash_continuation) {
    Lexed *lx = lex("x = 1 + \\\n      2\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_PLUS, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    done(lx);
    expect_error("a \\ b\n", "unexpected character after line continuation character");
    expect_error("a = 1\\\n", "unexpected EOF while parsing");
}

Test(lex, bracket_errors) {
    expect_error("x = (1,\n", "'(' was never closed");
    expect_error("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('");
    expect_error("x = [1,\n2)\n", "closing parenthesis ')' does not match opening parenthesis '[' on line 1");
    expect_error("x = 1)\n", "unmatched ')'");
}

Test(lex, unclosed_bracket_is_closed_for_the_parser) {
    Lexed *lx = lex("f(a, [b");
    EXPECT_KINDS(lx, TOK_NAME, TOK_LPAR, TOK_NAME, TOK_COMMA, TOK_LSQB, TOK_NAME, TOK_RSQB, TOK_RPAR, TOK_NEWLINE,
                 TOK_EOF);
    cr_assert_str_eq(last_error(lx), "'[' was never closed");
    done(lx);
}

Test(lex, bracket_depth_limit) {
    Buf b = {0};
    for (int i = 0; i < 201; i++)
        buf_push(&b, '(');
    Lexed *lx = lex(buf_cstr(&b));
    cr_assert_eq(lx->diag.nerrors, 2);
    done(lx);
    buf_free(&b);
}

/* ---- numbers ---- */

Test(lex, decimal_and_radix_numbers) {
    const char *ok[] = {"0", "00", "0_0", "123", "1_000_000", "0x_ff", "0XAB_cd", "0o17", "0O1_7", "0b1010", "0B_1"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        expect_number(ok[i]);
}

Test(lex, float_and_imaginary_numbers) {
    const char *ok[] = {"1.", ".5", "1.5", "1e10", "1E-5", "1_0.0_1e-1_0", "09.5", "00.5", "0e0",
                        "1j", "1.5J", "1e3j", "09j", ".5j", "1_000j"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        expect_number(ok[i]);
}

Test(lex, number_then_keyword) {
    Lexed *lx = lex("1if x else 2\n");
    cr_assert(lx->ok);
    EXPECT_KINDS(lx, TOK_NUMBER, TOK_IF, TOK_NAME, TOK_ELSE, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    done(lx);
    /* CPython reads hex 0x1f, then 'or' */
    lx = lex("[0x1for x in y]\n");
    cr_assert(lx->ok);
    expect_text(lx, 1, "0x1f");
    cr_assert_eq(lx->toks.items[2].kind, TOK_OR);
    done(lx);
    lx = lex("1else\n");
    expect_text(lx, 0, "1");
    done(lx);
}

Test(lex, number_errors) {
    expect_error("0x\n", "invalid hexadecimal literal");
    expect_error("0xg\n", "invalid hexadecimal literal");
    expect_error("1__0\n", "invalid decimal literal");
    expect_error("1_\n", "invalid decimal literal");
    expect_error("1abc\n", "invalid decimal literal");
    expect_error("1e+\n", "invalid decimal literal");
    expect_error("1.__class__\n", "invalid decimal literal");
    expect_error("012\n", "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
    expect_error("0o8\n", "invalid digit '8' in octal literal");
    expect_error("0o18\n", "invalid digit '8' in octal literal");
    expect_error("0b12\n", "invalid digit '2' in binary literal");
    expect_error("0b\n", "invalid binary literal");
    expect_error("0o7a\n", "invalid octal literal");
    expect_error("1jx\n", "invalid imaginary literal");
}

Test(lex, bad_number_becomes_zero) {
    Lexed *lx = lex("x = 1abc + 2\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_PLUS, TOK_NUMBER, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 2, "0");
    expect_span(lx, 2, 4, 8);
    done(lx);
}

/* ---- strings ---- */

Test(lex, string_prefixes) {
    const char *ok[] = {"'a'", "\"a\"", "r'\\d'", "b'x'", "B'x'", "u'x'", "U\"x\"", "f'{a}'", "F'x'",
                        "rb'x'", "Rb'x'", "bR'x'", "BR'x'", "fr'x'", "rF'x'", "''", "\"\"\"\"\"\""};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        Lexed *lx = lex(ok[i]);
        cr_assert(lx->ok, "%s", ok[i]);
        EXPECT_KINDS(lx, TOK_STRING, TOK_NEWLINE, TOK_EOF);
        expect_text(lx, 0, ok[i]);
        done(lx);
    }
}

Test(lex, invalid_prefix_is_a_name) {
    Lexed *lx = lex("ub'x' bu'y' rr'z'\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_STRING, TOK_NAME, TOK_STRING, TOK_NAME, TOK_STRING, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 0, "ub");
    done(lx);
}

Test(lex, escapes_find_the_end) {
    Lexed *lx = lex("'a\\'b' \"c\\\\\" r'\\'' 'x\\\ny'\n");
    cr_assert(lx->ok, "%s", last_error(lx));
    EXPECT_KINDS(lx, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 0, "'a\\'b'");
    expect_text(lx, 1, "\"c\\\\\"");
    expect_text(lx, 2, "r'\\''");
    expect_text(lx, 3, "'x\\\ny'");
    done(lx);
}

Test(lex, triple_quoted_spans_lines) {
    Lexed *lx = lex("x = '''a\n'b'\n''c'''\ny\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_STRING, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 2, "'''a\n'b'\n''c'''");
    expect_span(lx, 2, 4, 19);
    done(lx);
}

Test(lex, fstring_is_one_token) {
    Lexed *lx = lex("f\"{x!r:>{w}} {'q'}\"\n");
    EXPECT_KINDS(lx, TOK_STRING, TOK_NEWLINE, TOK_EOF);
    done(lx);
}

Test(lex, string_errors) {
    expect_error("x = 'abc\n", "unterminated string literal (detected at line 1)");
    expect_error("x = 'ab\\\ncd\n", "unterminated string literal (detected at line 2)");
    expect_error("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)");
    expect_error("x = b\"abc", "unterminated string literal (detected at line 1)");
}

Test(lex, unterminated_string_is_closed) {
    Lexed *lx = lex("x = 'abc\ny\n");
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_STRING, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 2, "'abc'");
    expect_span(lx, 2, 4, 8);
    done(lx);
}

/* ---- identifiers ---- */

Test(lex, utf8_identifiers) {
    Lexed *lx = lex("café = π\n");
    cr_assert(lx->ok);
    EXPECT_KINDS(lx, TOK_NAME, TOK_EQUAL, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 0, "café");
    expect_span(lx, 0, 0, 5);
    done(lx);
}

Test(lex, nfkc_normalization) {
    Lexed *lx = lex("\xef\xac\x81 = \xe2\x84\x8c + e\xcc\x81\n"); /* ﬁ, ℌ, e + combining acute */
    cr_assert(lx->ok, "%s", last_error(lx));
    expect_text(lx, 0, "fi");
    expect_span(lx, 0, 0, 3);
    expect_text(lx, 2, "H");
    expect_text(lx, 4, "\xc3\xa9");
    done(lx);
}

Test(lex, fullwidth_keyword_stays_a_name) {
    Lexed *lx = lex("\xef\xbd\x89\xef\xbd\x86\n"); /* ｉｆ */
    EXPECT_KINDS(lx, TOK_NAME, TOK_NEWLINE, TOK_EOF);
    expect_text(lx, 0, "if");
    done(lx);
}

Test(lex, invalid_characters) {
    expect_error("x = a\xe2\x82\xac\n", "invalid character '\xe2\x82\xac' (U+20AC)");
    expect_error("x = a\xc2\xa0" "b\n", "invalid non-printable character U+00A0");
    expect_error("x = 1\x01\n", "invalid non-printable character U+0001");
    expect_error("a $ b\n", "invalid syntax");
    expect_error("a ? b\n", "invalid syntax");
    expect_error("a ! b\n", "invalid syntax");
    expect_error("x = `\n", "invalid syntax");
}

Test(lex, null_byte) {
    Lexed *lx = lex_n("x = 1\0\n", 7);
    cr_assert_str_eq(last_error(lx), "source code cannot contain null bytes");
    cr_assert_eq(lx->diag.nerrors, 1);
    done(lx);
}

Test(lex, several_errors_are_reported) {
    Lexed *lx = lex("a = 0x\nb = $\nc = 'x\n");
    cr_assert_eq(lx->diag.nerrors, 3);
    cr_assert_eq(lx->toks.items[lx->toks.n - 1].kind, TOK_EOF);
    done(lx);
}

/* ---- ranges (f-string fields) ---- */

Test(lex, tokenize_range) {
    const char *text = "f'{a +\n b}'\n";
    Arena arena;
    arena_init(&arena);
    SourceFile src;
    source_init(&src, "t.py", text, (uint32_t)strlen(text));
    DiagSink d;
    diag_init(&d, &src, NULL);
    TokenBuf toks = {0};
    cr_assert(lex_tokenize_range(&arena, &d, &src, 3, 9, &toks));
    cr_assert_eq(toks.n, 4);
    cr_assert_eq(toks.items[0].kind, TOK_NAME);
    cr_assert_eq(toks.items[0].span.start, 3);
    cr_assert_eq(toks.items[1].kind, TOK_PLUS);
    cr_assert_eq(toks.items[2].kind, TOK_NAME);
    cr_assert_eq(toks.items[2].span.start, 8);
    cr_assert_eq(toks.items[3].kind, TOK_EOF);
    cr_assert_eq(toks.items[3].span.start, 9);
    lex_tokens_free(&toks);
    diag_free(&d);
    source_free(&src);
    arena_free(&arena);
}

/* ---- decoding ---- */

static char *decode(Arena *arena, DiagSink *d, const char *bytes, uint32_t len, uint32_t *out_len) {
    static SourceFile raw;
    source_init(&raw, "t.py", bytes, len);
    diag_init(d, &raw, NULL);
    arena_init(arena);
    char *text = lex_decode_source(arena, d, bytes, len, out_len);
    source_free(&raw);
    return text;
}

Test(decode, bom_is_skipped) {
    Arena a;
    DiagSink d;
    uint32_t n;
    char *text = decode(&a, &d, "\xef\xbb\xbfx = 1\n", 9, &n);
    cr_assert_not_null(text);
    cr_assert_eq(n, 6);
    cr_assert_str_eq(text, "x = 1\n");
    diag_free(&d);
    arena_free(&a);
}

Test(decode, bom_with_other_cookie) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "\xef\xbb\xbf# coding: latin-1\nx = 1\n";
    cr_assert_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    cr_assert_str_eq(buf_cstr(&d.last), "encoding problem: iso-8859-1 with BOM");
    diag_free(&d);
    arena_free(&a);
    src = "\xef\xbb\xbf# coding: utf-8\nx = 1\n";
    cr_assert_not_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    diag_free(&d);
    arena_free(&a);
}

Test(decode, latin1_cookie) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    char *text = decode(&a, &d, src, (uint32_t)strlen(src), &n);
    cr_assert_not_null(text);
    cr_assert_str_eq(text, "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
    diag_free(&d);
    arena_free(&a);
}

Test(decode, cookie_on_second_line_and_koi8) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = '\xc1'\n";
    char *text = decode(&a, &d, src, (uint32_t)strlen(src), &n);
    cr_assert_not_null(text);
    cr_assert(strstr(text, "x = '\xd0\xb0'") != NULL); /* U+0430 */
    diag_free(&d);
    arena_free(&a);
    /* Not after a line of code. */
    src = "x = 1\n# coding: foo\n";
    cr_assert_not_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    diag_free(&d);
    arena_free(&a);
}

Test(decode, cp1252_cookie) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "# coding: cp1252\ns = '\x80'\n";
    char *text = decode(&a, &d, src, (uint32_t)strlen(src), &n);
    cr_assert_not_null(text);
    cr_assert(strstr(text, "'\xe2\x82\xac'") != NULL);
    diag_free(&d);
    arena_free(&a);
}

Test(decode, unknown_encoding) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "# coding: foo\n";
    cr_assert_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    cr_assert_str_eq(buf_cstr(&d.last), "unknown encoding: foo");
    diag_free(&d);
    arena_free(&a);
}

Test(decode, invalid_utf8_names_the_line) {
    Arena a;
    DiagSink d;
    uint32_t n;
    const char *src = "x = 1\ny = '\xff'\n";
    cr_assert_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    cr_assert(strstr(buf_cstr(&d.last), "'\\xff' on line 2") != NULL, "%s", buf_cstr(&d.last));
    diag_free(&d);
    arena_free(&a);
    src = "x = '\xed\xa0\x80'\n"; /* an encoded surrogate */
    cr_assert_null(decode(&a, &d, src, (uint32_t)strlen(src), &n));
    diag_free(&d);
    arena_free(&a);
}

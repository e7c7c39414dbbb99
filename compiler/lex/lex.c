/* lex/lex.c: UTF-8 source text to a flat token array, as CPython 3.11's
 * tokenizer (Parser/tokenizer.c, tok_get) does it.
 *
 * One pass over the bytes. At the beginning of each line outside brackets
 * the indentation is measured twice — tabs to multiples of 8 and tabs as
 * one column — and compared with a stack of both; disagreement is a
 * TabError. Blank and comment-only lines, and newlines inside brackets or
 * after a backslash, produce nothing. Numbers follow tok_get's state
 * machine (including verify_end_of_number, which lets `1if x else y`
 * through). A string is one token from its prefix to its closing quote.
 * Non-ASCII identifiers are checked against XID_Start/XID_Continue and
 * NFKC-normalized into the arena.
 *
 * Errors use CPython's wording and the lexer resynchronizes so that the
 * parser sees a stream that is well formed and, where possible, valid: a bad
 * number becomes NUMBER "0", an unterminated string is closed, a wrong
 * closing bracket is replaced by the right one, unclosed brackets are closed
 * at EOF. The output always ends with NEWLINE (if there was code), the
 * DEDENTs back to column 0, and EOF. */
#include "lex/lex.h"
#include "lex/unicode_props.h"

#include <stdlib.h>
#include <string.h>

enum {
    MAX_INDENT = 100,   /* CPython's MAXINDENT: nesting of indented blocks */
    MAX_LEVEL = 200,    /* CPython's MAXLEVEL: nesting of open brackets */
    TAB_SIZE = 8,       /* tabs advance to multiples of 8 ... */
    ALT_TAB_SIZE = 1,   /* ... and, to detect ambiguity, to multiples of 1 */
    END_OF_INPUT = -1,
};

typedef struct Keyword {
    const char *text;
    uint32_t len;
    TokKind kind;
} Keyword;

static const Keyword keywords[] = {
#define TOK(name, text)
#define KW(name, text) {text, sizeof(text) - 1, TOK_##name},
#define OP(name, text)
#include "lex/tokens.def"
};

static const Keyword operators[] = {
#define TOK(name, text)
#define KW(name, text)
#define OP(name, text) {text, sizeof(text) - 1, TOK_##name},
#include "lex/tokens.def"
};

typedef struct Lexer {
    Arena *arena;
    DiagSink *diag;
    const SourceFile *src;
    const char *s;
    uint32_t pos, end;
    TokenBuf *out;
    bool range;        /* lex_tokenize_range: everything is inside brackets */
    bool atbol;        /* at the beginning of a physical line */
    bool blankline;    /* the current line has only blanks or a comment */
    bool ok;
    uint32_t indent;   /* top of indstack */
    uint32_t indstack[MAX_INDENT + 1], altstack[MAX_INDENT + 1];
    uint32_t level;    /* open brackets */
    uint32_t parens[MAX_LEVEL];  /* offsets of the open brackets */
    LexCodepoints cps, tmp; /* scratch for NFKC, reused by every identifier */
    Buf utf8;
} Lexer;

/* ---- helpers ---- */

static int ch(const Lexer *lx, uint32_t i) { return i < lx->end ? (unsigned char)lx->s[i] : END_OF_INPUT; }

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static bool is_id_char(int c) { return is_id_start(c) || is_digit(c); }

/* Length of the newline at i (\n, \r\n or \r), or 0. */
static uint32_t newline_len(const Lexer *lx, uint32_t i) {
    int c = ch(lx, i);
    if (c == '\n')
        return 1;
    if (c == '\r')
        return ch(lx, i + 1) == '\n' ? 2 : 1;
    return 0;
}

static void error_at(Lexer *lx, uint32_t start, uint32_t end, const char *fmt, ...) ADDER_PRINTF(4, 5);
static void error_at(Lexer *lx, uint32_t start, uint32_t end, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_report(lx->diag, DIAG_ERROR, span_make(start, end), fmt, ap);
    va_end(ap);
    lx->ok = false;
}

static uint32_t line_of(const Lexer *lx, uint32_t offset) {
    uint32_t line, col;
    source_line_col(lx->src, offset, &line, &col);
    return line;
}

static Token *emit_text(Lexer *lx, TokKind kind, uint32_t start, uint32_t end, const char *text, uint32_t len) {
    TokenBuf *out = lx->out;
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 256;
        out->items = xrealloc(out->items, sizeof(Token) * out->cap);
    }
    Token *tok = &out->items[out->n++];
    tok->kind = kind;
    tok->span = span_make(start, end);
    tok->text = text;
    tok->len = len;
    return tok;
}

static void emit(Lexer *lx, TokKind kind, uint32_t start, uint32_t end) {
    emit_text(lx, kind, start, end, lx->s + start, end - start);
}

static TokKind last_kind(const Lexer *lx) { return lx->out->n ? lx->out->items[lx->out->n - 1].kind : TOK_EOF; }

/* ---- indentation ---- */

/* After a backslash at i: the newline it escapes, or an error. Returns the
 * position after the newline, or 0 after reporting. */
static uint32_t continuation(Lexer *lx, uint32_t i) {
    uint32_t nl = newline_len(lx, i + 1);
    /* CPython points after the backslash */
    uint32_t at = i + 1 < lx->end ? i + 1 : i, at_end = at + 1 <= lx->end ? at + 1 : at;
    if (!nl && ch(lx, i + 1) != END_OF_INPUT) {
        error_at(lx, at, at_end, "unexpected character after line continuation character");
        return 0;
    }
    if (ch(lx, i + 1 + nl) == END_OF_INPUT) {
        error_at(lx, at, at_end, "unexpected EOF while parsing");
        return 0;
    }
    return i + 1 + nl;
}

static void push_indent(Lexer *lx, uint32_t col, uint32_t altcol, uint32_t start) {
    if (altcol <= lx->altstack[lx->indent]) {
        error_at(lx, start, lx->pos, "inconsistent use of tabs and spaces in indentation");
        return;
    }
    if (lx->indent + 1 >= MAX_INDENT) {
        error_at(lx, start, lx->pos, "too many levels of indentation");
        return;
    }
    lx->indent++;
    lx->indstack[lx->indent] = col;
    lx->altstack[lx->indent] = altcol;
    emit(lx, TOK_INDENT, start, lx->pos);
}

static void pop_indents(Lexer *lx, uint32_t col, uint32_t altcol, uint32_t start) {
    while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
        lx->indent--;
        emit(lx, TOK_DEDENT, lx->pos, lx->pos);
    }
    if (col != lx->indstack[lx->indent]) {
        uint32_t e = lx->pos + 1 <= lx->end ? lx->pos + 1 : lx->pos;
        error_at(lx, lx->pos, e, "unindent does not match any outer indentation level");
        return;
    }
    if (altcol != lx->altstack[lx->indent])
        error_at(lx, start, lx->pos, "inconsistent use of tabs and spaces in indentation");
}

/* The "Get indentation level" block of tok_get. */
static void indentation(Lexer *lx) {
    uint32_t col = 0, altcol = 0, cont_col = 0, start = lx->pos;
    lx->atbol = false;
    for (;;) {
        int c = ch(lx, lx->pos);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            altcol = (altcol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == 0) {
            /* reported once by check_nul; otherwise ignored */
        } else if (c == '\\') {
            cont_col = cont_col ? cont_col : col;
            uint32_t next = continuation(lx, lx->pos);
            if (!next) {
                lx->pos++;
                break;
            }
            lx->pos = next;
            continue;
        } else {
            break;
        }
        lx->pos++;
    }
    int c = ch(lx, lx->pos);
    lx->blankline = c == '#' || c == '\n' || c == '\r' || c == END_OF_INPUT;
    if (lx->blankline || lx->level > 0)
        return;
    if (cont_col)
        col = altcol = cont_col;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent])
            error_at(lx, start, lx->pos, "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indstack[lx->indent]) {
        push_indent(lx, col, altcol, start);
    } else {
        pop_indents(lx, col, altcol, start);
    }
}

/* ---- numbers ---- */

/* A bad literal: report, skip the rest of it, and emit NUMBER "0". The
 * error points where CPython's does: at an invalid digit, else at the last
 * character before the one that cannot continue the literal. */
static void bad_number(Lexer *lx, uint32_t start, uint32_t at, const char *fmt, const char *arg) {
    uint32_t e = at < lx->end ? at + 1 : at;
    if (arg)
        error_at(lx, at, e, fmt, arg);
    else
        error_at(lx, at, e, "%s", fmt);
    uint32_t p = lx->pos;
    while (is_id_char(ch(lx, p)))
        p++;
    lx->pos = p;
    emit_text(lx, TOK_NUMBER, start, p, "0", 1);
}

/* verify_end_of_number: a literal may be followed directly by a keyword
 * that can follow an expression (CPython warns); any other ASCII identifier
 * character is an error (a non-ASCII one starts the next token). */
static bool end_of_number_ok(const Lexer *lx, uint32_t p) {
    static const char *const follow[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    int c = ch(lx, p);
    for (size_t i = 0; i < sizeof follow / sizeof follow[0]; i++) {
        size_t n = strlen(follow[i]);
        if (c == follow[i][0] && p + n <= lx->end && memcmp(lx->s + p, follow[i], n) == 0)
            return true;
    }
    return !(c < 128 && is_id_char(c));
}

/* tok_decimal_tail: digits with single underscores between them. Returns
 * the position after, or 0 (the underscore's position is in *bad). */
static uint32_t decimal_tail(const Lexer *lx, uint32_t p, uint32_t *bad) {
    for (;;) {
        while (is_digit(ch(lx, p)))
            p++;
        if (ch(lx, p) != '_')
            return p;
        if (!is_digit(ch(lx, p + 1))) {
            *bad = p + 1;
            return 0;
        }
        p++;
    }
}

/* Digits of a 0x/0o/0b literal starting at p (after the prefix). */
static void radix_number(Lexer *lx, uint32_t start, uint32_t p, int radix, const char *kind) {
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    for (;;) {
        if (ch(lx, p) == '_')
            p++;
        int c = ch(lx, p);
        bool okd = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!okd) {
            lx->pos = p;
            if (radix != 16 && is_digit(c))
                bad_number(lx, start, p, radix == 8 ? "invalid digit '%s' in octal literal"
                                                    : "invalid digit '%s' in binary literal",
                           (char[]){(char)c, 0});
            else
                bad_number(lx, start, p > start ? p - 1 : p, msg, NULL);
            return;
        }
        while (radix == 16 ? is_xdigit(ch(lx, p)) : (ch(lx, p) >= '0' && ch(lx, p) < '0' + radix))
            p++;
        if (ch(lx, p) != '_')
            break;
    }
    lx->pos = p;
    if (radix != 16 && is_digit(ch(lx, p))) {
        bad_number(lx, start, p, radix == 8 ? "invalid digit '%s' in octal literal" : "invalid digit '%s' in binary literal",
                   (char[]){(char)ch(lx, p), 0});
        return;
    }
    if (!end_of_number_ok(lx, p)) {
        bad_number(lx, start, p - 1, msg, NULL);
        return;
    }
    emit(lx, TOK_NUMBER, start, p);
}

/* The fraction, exponent and imaginary suffix of a decimal literal whose
 * integer part ends at p (p is at '.', 'e', 'j' or whatever follows). */
static void decimal_rest(Lexer *lx, uint32_t start, uint32_t p) {
    uint32_t bad = 0;
    if (ch(lx, p) == '.') {
        p++;
        if (is_digit(ch(lx, p)) && !(p = decimal_tail(lx, p, &bad)))
            goto fail;
    }
    if (ch(lx, p) == 'e' || ch(lx, p) == 'E') {
        uint32_t e = p++;
        if (ch(lx, p) == '+' || ch(lx, p) == '-') {
            p++;
            if (!is_digit(ch(lx, p))) {
                bad = p;
                goto fail;
            }
        } else if (!is_digit(ch(lx, p))) {
            /* "1else": the 'e' starts a keyword */
            if (!end_of_number_ok(lx, e)) {
                bad = e;
                goto fail;
            }
            emit(lx, TOK_NUMBER, start, lx->pos = e);
            return;
        }
        if (!(p = decimal_tail(lx, p, &bad)))
            goto fail;
    }
    const char *kind = "invalid decimal literal";
    if (ch(lx, p) == 'j' || ch(lx, p) == 'J') {
        p++;
        kind = "invalid imaginary literal";
    }
    if (!end_of_number_ok(lx, p)) {
        bad = p;
        lx->pos = p;
        bad_number(lx, start, p - 1, kind, NULL);
        return;
    }
    emit(lx, TOK_NUMBER, start, lx->pos = p);
    return;
fail:
    lx->pos = bad;
    bad_number(lx, start, bad - 1, "invalid decimal literal", NULL);
}

/* A literal starting with '0' that is not 0x/0o/0b: zeros, then maybe a
 * float; nonzero digits after leading zeros are the old octal syntax. */
static void zero_number(Lexer *lx, uint32_t start) {
    uint32_t p = start + 1, bad = 0;
    for (;;) {
        if (ch(lx, p) == '_') {
            if (!is_digit(ch(lx, p + 1))) {
                lx->pos = p + 1;
                bad_number(lx, start, p, "invalid decimal literal", NULL);
                return;
            }
            p++;
        }
        if (ch(lx, p) != '0')
            break;
        p++;
    }
    uint32_t zeros_end = p;
    bool nonzero = is_digit(ch(lx, p));
    if (nonzero && !(p = decimal_tail(lx, p, &bad))) {
        lx->pos = bad;
        bad_number(lx, start, bad - 1, "invalid decimal literal", NULL);
        return;
    }
    int c = ch(lx, p);
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
        decimal_rest(lx, start, p);
    } else if (nonzero) {
        lx->pos = p;
        error_at(lx, start, zeros_end, "leading zeros in decimal integer literals are not permitted; "
                                       "use an 0o prefix for octal integers");
        emit_text(lx, TOK_NUMBER, start, p, "0", 1);
    } else {
        decimal_rest(lx, start, p);
    }
}

static void number(Lexer *lx) {
    uint32_t start = lx->pos, bad = 0;
    int c = ch(lx, start), c1 = ch(lx, start + 1);
    if (c == '.') {
        decimal_rest(lx, start, start);
    } else if (c == '0' && (c1 == 'x' || c1 == 'X')) {
        radix_number(lx, start, start + 2, 16, "hexadecimal");
    } else if (c == '0' && (c1 == 'o' || c1 == 'O')) {
        radix_number(lx, start, start + 2, 8, "octal");
    } else if (c == '0' && (c1 == 'b' || c1 == 'B')) {
        radix_number(lx, start, start + 2, 2, "binary");
    } else if (c == '0') {
        zero_number(lx, start);
    } else {
        uint32_t p = decimal_tail(lx, start, &bad);
        if (!p) {
            lx->pos = bad;
            bad_number(lx, start, bad - 1, "invalid decimal literal", NULL);
            return;
        }
        decimal_rest(lx, start, p);
    }
}

/* ---- strings ---- */

/* An unterminated literal: the token gets the source span but a closed
 * copy as its text so that the parser can go on. */
static void close_string(Lexer *lx, uint32_t start, uint32_t body, uint32_t end, uint32_t quote_size) {
    int q = ch(lx, body - 1);
    uint32_t n = end - start;
    char *text = arena_alloc(lx->arena, n + 5);
    memcpy(text, lx->s + start, n);
    if (n > body - start && text[n - 1] == '\\')
        text[n++] = ' ';
    for (uint32_t i = 0; i < quote_size; i++)
        text[n++] = (char)q;
    text[n] = 0;
    emit_text(lx, TOK_STRING, start, end, text, n);
}

/* The string whose opening quote is at lx->pos; start is its prefix. */
static void string(Lexer *lx, uint32_t start) {
    int quote = ch(lx, lx->pos);
    uint32_t size = 1, p = lx->pos + 1;
    if (ch(lx, p) == quote && ch(lx, p + 1) == quote) {
        size = 3;
        p += 2;
    }
    uint32_t body = p, run = 0;
    while (run < size) {
        int c = ch(lx, p);
        uint32_t nl = newline_len(lx, p);
        if (c == END_OF_INPUT || (size == 1 && nl)) {
            uint32_t at = c == END_OF_INPUT && p > 0 ? p - 1 : p;
            if (size == 3)
                error_at(lx, start, start + 1, "unterminated triple-quoted string literal (detected at line %u)",
                         line_of(lx, at));
            else
                error_at(lx, start, start + 1, "unterminated string literal (detected at line %u)", line_of(lx, at));
            lx->pos = p;
            close_string(lx, start, body, p, size);
            return;
        }
        if (c == quote) {
            run++;
            p++;
            continue;
        }
        run = 0;
        p++;
        if (c == '\\' && ch(lx, p) != END_OF_INPUT)
            p += newline_len(lx, p) ? newline_len(lx, p) : 1;
    }
    lx->pos = p;
    emit(lx, TOK_STRING, start, p);
}

/* The prefix letters tok_get accepts before a quote: b, r, u, f, in any
 * case, u alone, b and f not together. Returns the quote position or 0. */
static uint32_t string_prefix(const Lexer *lx, uint32_t p) {
    bool b = false, r = false, u = false, f = false;
    for (;; p++) {
        int c = ch(lx, p) | 0x20;
        if (ch(lx, p) == '"' || ch(lx, p) == '\'')
            return p;
        if (c == 'b' && !(b || u || f))
            b = true;
        else if (c == 'u' && !(b || u || r || f))
            u = true;
        else if (c == 'r' && !(r || u))
            r = true;
        else if (c == 'f' && !(f || b || u))
            f = true;
        else
            return 0;
    }
}

/* ---- names ---- */

static TokKind keyword(const char *s, uint32_t n) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].len == n && keywords[i].text[0] == s[0] && memcmp(keywords[i].text, s, n) == 0)
            return keywords[i].kind;
    return TOK_NAME;
}

static void bad_identifier_char(Lexer *lx, uint32_t at, uint32_t n, uint32_t cp) {
    if (lex_is_printable(cp))
        error_at(lx, at, at + n, "invalid character '%.*s' (U+%04X)", (int)n, lx->s + at, cp);
    else
        error_at(lx, at, at + n, "invalid non-printable character U+%04X", cp);
}

/* verify_identifier: decodes [start, end) into lx->cps. Returns the end of
 * the first invalid character after reporting it, or 0. */
static uint32_t decode_identifier(Lexer *lx, uint32_t start, uint32_t end) {
    const unsigned char *s = (const unsigned char *)lx->s, *e = s + end;
    lx->cps.n = 0;
    for (uint32_t p = start; p < end;) {
        uint32_t cp, n = lex_utf8_decode(s + p, e, &cp);
        if (!n) {
            error_at(lx, p, p + 1, "invalid utf-8 byte 0x%02x", s[p]);
            return p + 1;
        }
        if (p == start ? !lex_is_xid_start(cp) : !lex_is_xid_continue(cp)) {
            bad_identifier_char(lx, p, n, cp);
            return p + n;
        }
        vec_push(&lx->cps, cp);
        p += n;
    }
    return 0;
}

static void name(Lexer *lx) {
    uint32_t start = lx->pos, p = start;
    bool ascii = true;
    for (int c; is_id_char(c = ch(lx, p)); p++)
        ascii = ascii && c < 128;
    lx->pos = p;
    if (ascii) {
        emit(lx, keyword(lx->s + start, p - start), start, p);
        return;
    }
    uint32_t bad = decode_identifier(lx, start, p);
    if (bad) {
        /* A stray character (a no-break space, a curly quote) is dropped;
         * an identifier containing one is kept as a NAME. */
        if (lx->cps.n == 0) {
            emit(lx, TOK_ERROR, start, bad);
            lx->pos = bad;
        } else
            emit(lx, TOK_NAME, start, p);
        return;
    }
    /* Keywords are matched before normalization, as pegen does: a
     * fullwidth "ｉｆ" is the NAME "if". */
    lex_nfkc(&lx->cps, &lx->tmp);
    Buf *b = &lx->utf8;
    b->len = 0;
    for (uint32_t i = 0; i < lx->cps.n; i++)
        buf_put_utf8(b, lx->cps.items[i]);
    if (b->len == p - start && memcmp(b->data, lx->s + start, b->len) == 0) {
        emit(lx, TOK_NAME, start, p);
    } else {
        char *text = arena_strndup(lx->arena, b->data, b->len);
        emit_text(lx, TOK_NAME, start, p, text, (uint32_t)b->len);
    }
}

/* ---- operators and brackets ---- */

static int closer_of(int open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

static TokKind bracket_kind(int c) {
    switch (c) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    default: return TOK_RBRACE;
    }
}

static void open_bracket(Lexer *lx, int c) {
    uint32_t p = lx->pos++;
    if (lx->level >= MAX_LEVEL) {
        error_at(lx, p, p + 1, "too many nested parentheses");
        return;
    }
    lx->parens[lx->level++] = p;
    emit(lx, bracket_kind(c), p, p + 1);
}

static void close_bracket(Lexer *lx, int c) {
    uint32_t p = lx->pos++;
    if (lx->level == 0) {
        error_at(lx, p, p + 1, "unmatched '%c'", c);
        return;
    }
    uint32_t open_at = lx->parens[--lx->level];
    int open = ch(lx, open_at);
    if (closer_of(open) != c) {
        uint32_t l1 = line_of(lx, open_at), l2 = line_of(lx, p);
        if (l1 != l2)
            error_at(lx, p, p + 1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u", c,
                     open, l1);
        else
            error_at(lx, p, p + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    emit(lx, bracket_kind(closer_of(open)), p, p + 1);
}

static void operator(Lexer *lx) {
    int c = ch(lx, lx->pos);
    const Keyword *best = NULL;
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        const Keyword *op = &operators[i];
        if (op->text[0] == c && (!best || op->len > best->len) && lx->pos + op->len <= lx->end &&
            memcmp(op->text, lx->s + lx->pos, op->len) == 0)
            best = op;
    }
    if (best) {
        emit(lx, best->kind, lx->pos, lx->pos + best->len);
        lx->pos += best->len;
        return;
    }
    uint32_t p = lx->pos, cp = (uint32_t)c, n = 1;
    if (c >= 128 && !(n = lex_utf8_decode((const unsigned char *)lx->s + p, (const unsigned char *)lx->s + lx->end, &cp)))
        n = 1;
    if (c < 128 && !lex_is_printable(cp))
        error_at(lx, p, p + 1, "invalid non-printable character U+%04X", cp);
    else
        error_at(lx, p, p + n, "invalid syntax");
    /* The parser sees the bad character and fails the statement without a
     * second message. */
    emit(lx, TOK_ERROR, p, p + n);
    lx->pos += n;
}

/* ---- the main loop ---- */

static void newline(Lexer *lx, uint32_t n) {
    uint32_t p = lx->pos;
    lx->pos += n;
    if (lx->range)
        return;
    lx->atbol = true;
    if (!lx->blankline && lx->level == 0)
        emit(lx, TOK_NEWLINE, p, p + n);
    lx->blankline = false;
}

static void skip_comment(Lexer *lx) {
    while (lx->pos < lx->end && lx->s[lx->pos] != '\n' && lx->s[lx->pos] != '\r')
        lx->pos++;
}

static void backslash(Lexer *lx) {
    uint32_t next = continuation(lx, lx->pos);
    lx->pos = next ? next : lx->pos + 1;
}

static void token(Lexer *lx) {
    int c = ch(lx, lx->pos);
    uint32_t q;
    if (c == '#')
        skip_comment(lx);
    else if (c == '\n' || c == '\r')
        newline(lx, newline_len(lx, lx->pos));
    else if (c == '\\')
        backslash(lx);
    else if (c == '"' || c == '\'')
        string(lx, lx->pos);
    else if (is_id_start(c) && c < 128 && (q = string_prefix(lx, lx->pos)) != 0) {
        uint32_t start = lx->pos;
        lx->pos = q;
        string(lx, start);
    } else if (is_id_start(c))
        name(lx);
    else if (is_digit(c) || (c == '.' && is_digit(ch(lx, lx->pos + 1))))
        number(lx);
    else if (c == '(' || c == '[' || c == '{')
        open_bracket(lx, c);
    else if (c == ')' || c == ']' || c == '}')
        close_bracket(lx, c);
    else
        operator(lx);
}

/* EOF: close brackets, end the last line, dedent, EOF. */
static void finish(Lexer *lx) {
    if (lx->level > 0) {
        uint32_t at = lx->parens[lx->level - 1];
        error_at(lx, at, at + 1, "'%c' was never closed", ch(lx, at));
        while (lx->level > 0)
            emit(lx, bracket_kind(closer_of(ch(lx, lx->parens[--lx->level]))), lx->end, lx->end);
    }
    if (!lx->range) {
        TokKind k = last_kind(lx);
        if (lx->out->n && k != TOK_NEWLINE && k != TOK_INDENT && k != TOK_DEDENT)
            emit_text(lx, TOK_NEWLINE, lx->end, lx->end, "", 0);
        for (; lx->indent > 0; lx->indent--)
            emit(lx, TOK_DEDENT, lx->end, lx->end);
    }
    emit_text(lx, TOK_EOF, lx->end, lx->end, "", 0);
}

static void check_nul(Lexer *lx) {
    const char *nul = memchr(lx->s + lx->pos, 0, lx->end - lx->pos);
    if (nul) {
        uint32_t at = (uint32_t)(nul - lx->s);
        error_at(lx, at, at + 1, "source code cannot contain null bytes");
    }
}

static bool run(Lexer *lx) {
    check_nul(lx);
    lx->out->n = 0;
    if (!lx->out->cap) {
        lx->out->cap = (lx->end - lx->pos) / 4 + 16;
        lx->out->items = xmalloc(sizeof(Token) * lx->out->cap);
    }
    while (lx->pos < lx->end) {
        if (lx->atbol) {
            indentation(lx);
            continue;
        }
        int c = ch(lx, lx->pos);
        if (c == ' ' || c == '\t' || c == '\f' || c == 0 || (lx->range && (c == '\n' || c == '\r'))) {
            lx->pos++;
            continue;
        }
        token(lx);
    }
    finish(lx);
    vec_free(&lx->cps);
    vec_free(&lx->tmp);
    buf_free(&lx->utf8);
    return lx->ok;
}

static void init(Lexer *lx, Arena *arena, DiagSink *diag, const SourceFile *src, TokenBuf *out) {
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->diag = diag;
    lx->src = src;
    lx->s = src->text;
    lx->out = out;
    lx->ok = true;
}

bool lex_tokenize(Arena *arena, DiagSink *diag, const SourceFile *src, TokenBuf *out) {
    Lexer lx;
    init(&lx, arena, diag, src, out);
    lx.end = src->len;
    lx.atbol = true;
    return run(&lx);
}

bool lex_tokenize_range(Arena *arena, DiagSink *diag, const SourceFile *src, uint32_t start, uint32_t end,
                        TokenBuf *out) {
    Lexer lx;
    init(&lx, arena, diag, src, out);
    lx.end = end < src->len ? end : src->len;
    lx.pos = start < lx.end ? start : lx.end;
    lx.range = true;
    return run(&lx);
}

void lex_tokens_free(TokenBuf *toks) {
    free(toks->items);
    toks->items = NULL;
    toks->n = toks->cap = 0;
}

/* ---- names and dumps ---- */

const char *lex_kind_name(TokKind kind) {
    static const char *const names[] = {
#define TOK(name, text) text,
#define KW(name, text) "'" text "'",
#define OP(name, text) "'" text "'",
#include "lex/tokens.def"
    };
    return (unsigned)kind < TOK__COUNT ? names[kind] : "?";
}

static const char *kind_ident(TokKind kind) {
    static const char *const names[] = {
#define TOK(name, text) #name,
#include "lex/tokens.def"
    };
    return (unsigned)kind < TOK__COUNT ? names[kind] : "?";
}

static void dump_text(FILE *out, const char *s, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20 || c == 0x7F)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
}

void lex_dump_tokens(FILE *out, const SourceFile *src, const TokenBuf *toks) {
    for (uint32_t i = 0; i < toks->n; i++) {
        const Token *tok = &toks->items[i];
        uint32_t l1, l2, c;
        source_line_col(src, tok->span.start, &l1, &c);
        source_line_col(src, tok->span.end, &l2, &c);
        fprintf(out, "%u:%u-%u:%u %s", l1, source_char_col(src, tok->span.start), l2,
                source_char_col(src, tok->span.end), kind_ident(tok->kind));
        if (tok->kind >= TOK_NAME) {
            fputc(' ', out);
            dump_text(out, tok->text, tok->len);
        }
        fputc('\n', out);
    }
}

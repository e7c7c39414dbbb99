/* parse/parse_string.c: string literals, implicit concatenation, f-strings.
 *
 * The lexer hands over each literal as one STRING token (prefix and quotes
 * included). parse_strings() takes a run of adjacent STRING tokens and does
 * what CPython 3.11's Parser/string_parser.c does with them:
 *   - each token's prefix (r, u, b, f in any case and order) picks bytes,
 *     raw and f-string mode; the body between the quotes is decoded like
 *     the 'unicodeescape' codec (str) or bytes.decode's escapes (bytes),
 *     with the same error texts and positions (CPython counts positions in
 *     a copy where each non-ASCII character became a 10-byte \UXXXXXXXX);
 *   - "\r\n" and a lone "\r" in the source become "\n", as CPython's
 *     tokenizer's universal newlines do before the string is seen;
 *   - the pieces are joined: all bytes, or all str and f-strings ("cannot
 *     mix bytes and nonbytes literals"). Without f-strings the result is a
 *     Constant; otherwise a JoinedStr whose values are FormattedValues and
 *     Constants of the text between them (adjacent text merged, empty text
 *     dropped);
 *   - an f-string field {expr[=][!c][:spec]} is found by scanning the text
 *     as CPython does (fstring_find_expr: brackets and quotes tracked, no
 *     backslash or '#'); the expression's bytes are lexed in place with
 *     lex_tokenize_range and parsed by parse_fstring_expr; the spec is
 *     parsed as a nested f-string body, one level only.
 * Output invariants: str data is UTF-8 with lone surrogates as 3-byte
 * sequences, NUL-terminated in the arena (len excludes the NUL, data may
 * contain NULs); the Constants, FormattedValues and the outer JoinedStr
 * span all the tokens, a spec's JoinedStr spans its own token; kind 'u'
 * (is_u) follows CPython: set iff the FIRST token starts with a lower-case
 * 'u' (a spec's trailing Constant looks at its own token instead). Decoding
 * writes into a heap Buf and copies to the arena once per Constant. */
#include "parse/parser.h"
#include "parse/unicode_names.h"

#include <stdlib.h>
#include <string.h>

/* A spec may hold fields, but their specs may not: f'{x:{y:{z}}}' is
 * "expressions nested too deeply" in CPython 3.11. */
enum { FSTRING_MAX_NESTING = 2 };
/* Brackets open inside one field expression (CPython's MAXLEVEL). */
enum { FSTRING_MAX_PARENS = 200 };
/* Largest code point; \U escapes above it are an error. */
enum { UNICODE_MAX = 0x10FFFF };
/* What CPython puts before every error inside a field's expression. */
#define FSTRING_PREFIX "f-string: "

/* One STRING token, split into its prefix flags and body. */
typedef struct Piece {
    const Token *tok;
    const char *body; /* between the quotes */
    uint32_t len;
    bool raw, bytes, fmode;
} Piece;

/* The run of tokens being joined. */
typedef struct StrCx {
    Parser *p;
    Span span;  /* first to last token */
    bool is_u;  /* the first token starts with 'u' */
} StrCx;

/* A JoinedStr under construction (CPython's FstringParser). */
typedef struct FState {
    Buf text; /* pending constant text, not yet a Constant */
    VEC(AstExpr *) values;
} FState;

static bool fstring_body(StrCx *sc, FState *st, const Token *tok, const char **str, const char *end, bool raw,
                         int lvl);

/* ---- small helpers ---- */

static bool fail(StrCx *sc, const Token *tok, const char *msg) {
    parser_error(sc->p, tok->span, "%s", msg);
    return false;
}

static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static uint32_t hex_value(char c) {
    if (c >= '0' && c <= '9')
        return (uint32_t)(c - '0');
    return (uint32_t)((c | 0x20) - 'a' + 10);
}

/* Appends s[0..n) with universal newlines ("\r\n" and "\r" become "\n"). */
static void put_text(Buf *b, const char *s, size_t n) {
    buf_reserve(b, n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\r') {
            buf_push(b, s[i]);
            continue;
        }
        buf_push(b, '\n');
        if (i + 1 < n && s[i + 1] == '\n')
            i++;
    }
}

/* Arena copy of a Buf, NUL-terminated. */
static const char *arena_text(Parser *p, const Buf *b) {
    char *s = arena_alloc(p->cx->arena, b->len + 1);
    if (b->len)
        memcpy(s, b->data, b->len);
    return s;
}

static AstExpr *new_const(StrCx *sc, AstConstKind kind, const Buf *b, bool is_u) {
    AstExpr *e = parser_new_expr(sc->p, AST_CONSTANT, sc->span);
    e->as.constant.kind = kind;
    e->as.constant.is_u = is_u;
    e->as.constant.text = arena_text(sc->p, b);
    e->as.constant.len = (uint32_t)b->len;
    return e;
}

/* ---- the prefix ---- */

/* stringprefix: any case and order of r, u, b, f (the lexer has checked
 * the combination). False if the token is not a well-formed literal. */
static bool split_piece(const Token *tok, Piece *pc) {
    memset(pc, 0, sizeof *pc);
    pc->tok = tok;
    uint32_t k = 0;
    for (; k < tok->len && tok->text[k] != '\'' && tok->text[k] != '"'; k++) {
        char c = (char)(tok->text[k] | 0x20);
        pc->raw |= c == 'r';
        pc->bytes |= c == 'b';
        pc->fmode |= c == 'f';
    }
    uint32_t rest = tok->len - k;
    if (rest < 2)
        return false;
    char q = tok->text[k];
    uint32_t quotes = rest >= 6 && tok->text[k + 1] == q && tok->text[k + 2] == q ? 3 : 1;
    pc->body = tok->text + k + quotes;
    pc->len = rest - 2 * quotes;
    return true;
}

/* ---- str escapes (CPython's 'unicodeescape' codec) ---- */

/* The one-character escapes common to str and bytes; -1 for others. */
static int simple_escape(char c) {
    switch (c) {
    case '\\': case '\'': case '"': return c;
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

/* Position of s[0..upto) in CPython's escaped copy of the chunk s[0..n):
 * non-ASCII characters count 10 ("\U000000e9"), a backslash before one (or
 * at the very end) counts 6 ("\u005c"), "\r\n" counts 1. */
static uint32_t escaped_pos(const char *s, size_t n, size_t upto) {
    uint32_t v = 0;
    for (size_t i = 0; i < upto; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\')
            v += (i + 1 >= n || ((unsigned char)s[i + 1] & 0x80)) ? 6 : 1;
        else if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
            continue;
        else if (c < 0x80)
            v += 1;
        else if ((c & 0xC0) != 0x80)
            v += 10;
    }
    return v;
}

/* The SyntaxError CPython makes of a UnicodeDecodeError for the escape at
 * s[bs] that stopped at s[stop]. */
static bool escape_error(StrCx *sc, const Token *tok, const char *s, size_t n, size_t bs, size_t stop,
                         const char *msg) {
    uint32_t start = escaped_pos(s, n, bs), end = escaped_pos(s, n, stop);
    parser_error(sc->p, tok->span,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s", start,
                 end - 1, msg);
    return false;
}

/* \xhh, \uhhhh, \Uhhhhhhhh: exactly `count` hex digits at s[*i]. */
static bool hex_escape(StrCx *sc, const Token *tok, const char *s, size_t n, size_t bs, size_t *i, int count,
                       Buf *out) {
    static const char *const truncated[] = {
        [2] = "truncated \\xXX escape", [4] = "truncated \\uXXXX escape", [8] = "truncated \\UXXXXXXXX escape"};
    uint32_t cp = 0;
    for (int k = 0; k < count; k++, (*i)++) {
        if (*i >= n || !is_hex(s[*i]))
            return escape_error(sc, tok, s, n, bs, *i, truncated[count]);
        cp = cp * 16 + hex_value(s[*i]);
    }
    if (cp > UNICODE_MAX)
        return escape_error(sc, tok, s, n, bs, *i, "illegal Unicode character");
    buf_put_utf8(out, cp);
    return true;
}

/* \N{NAME}, with s[*i] just after the N. */
static bool name_escape(StrCx *sc, const Token *tok, const char *s, size_t n, size_t bs, size_t *i, Buf *out) {
    const char *malformed = "malformed \\N character escape";
    if (*i >= n || s[*i] != '{')
        return escape_error(sc, tok, s, n, bs, *i, malformed);
    size_t start = ++*i;
    while (*i < n && s[*i] != '}')
        (*i)++;
    if (*i >= n || *i == start)
        return escape_error(sc, tok, s, n, bs, *i, malformed);
    size_t len = (*i)++ - start;
    uint32_t cp;
    if (!parse_unicode_name(s + start, len, &cp))
        return escape_error(sc, tok, s, n, bs, *i, "unknown Unicode character name");
    buf_put_utf8(out, cp);
    return true;
}

/* One escape of a str, s[bs] being the backslash and s[*i] the next char
 * (ASCII). Unknown escapes keep the backslash (a DeprecationWarning in
 * CPython, not an error). */
static bool str_escape(StrCx *sc, const Token *tok, const char *s, size_t n, size_t bs, size_t *i, Buf *out) {
    char c = s[(*i)++];
    int simple = simple_escape(c);
    if (simple >= 0) {
        buf_push(out, (char)simple);
        return true;
    }
    switch (c) {
    case '\n': return true;
    case '\r':
        if (*i < n && s[*i] == '\n')
            (*i)++;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t cp = (uint32_t)(c - '0');
        for (int k = 0; k < 2 && *i < n && s[*i] >= '0' && s[*i] <= '7'; k++)
            cp = cp * 8 + (uint32_t)(s[(*i)++] - '0');
        buf_put_utf8(out, cp);
        return true;
    }
    case 'x': return hex_escape(sc, tok, s, n, bs, i, 2, out);
    case 'u': return hex_escape(sc, tok, s, n, bs, i, 4, out);
    case 'U': return hex_escape(sc, tok, s, n, bs, i, 8, out);
    case 'N': return name_escape(sc, tok, s, n, bs, i, out);
    default:
        buf_push(out, '\\');
        buf_push(out, c);
        return true;
    }
}

/* Decodes a non-raw str chunk s[0..n) onto out. */
static bool decode_str(StrCx *sc, const Token *tok, const char *s, size_t n, Buf *out) {
    buf_reserve(out, n);
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\r') {
            buf_push(out, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else if (c != '\\') {
            buf_push(out, c);
            i++;
        } else {
            size_t bs = i++;
            /* A backslash at the end or before a non-ASCII char stays. */
            if (i >= n || ((unsigned char)s[i] & 0x80))
                buf_push(out, '\\');
            else if (!str_escape(sc, tok, s, n, bs, &i, out))
                return false;
        }
    }
    return true;
}

/* ---- bytes ---- */

/* One escape of a bytes literal, s[*i] being the char after the
 * backslash; *crlf counts the "\r\n" pairs so far (CPython's positions
 * count them once). */
static bool bytes_escape(StrCx *sc, const Piece *pc, size_t *i, size_t *crlf, Buf *out) {
    const char *s = pc->body;
    size_t n = pc->len;
    char c = s[(*i)++];
    int simple = simple_escape(c);
    if (simple >= 0) {
        buf_push(out, (char)simple);
        return true;
    }
    switch (c) {
    case '\n': return true;
    case '\r':
        if (*i < n && s[*i] == '\n')
            (*i)++, (*crlf)++;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int k = 0; k < 2 && *i < n && s[*i] >= '0' && s[*i] <= '7'; k++)
            v = v * 8 + (unsigned)(s[(*i)++] - '0');
        buf_push(out, (char)(v & 0xFF)); /* above 0o377 wraps, as in 3.11 */
        return true;
    }
    case 'x':
        if (*i + 1 < n && is_hex(s[*i]) && is_hex(s[*i + 1])) {
            buf_push(out, (char)(hex_value(s[*i]) * 16 + hex_value(s[*i + 1])));
            *i += 2;
            return true;
        }
        parser_error(sc->p, pc->tok->span, "(value error) invalid \\x escape at position %zu", *i - 2 - *crlf);
        return false;
    default: /* \u, \N and unknown escapes stay as written */
        buf_push(out, '\\');
        buf_push(out, c);
        return true;
    }
}

/* The body of a bytes literal: ASCII only; escapes as bytes.decode's. */
static bool decode_bytes(StrCx *sc, const Piece *pc, Buf *out) {
    const char *s = pc->body;
    size_t n = pc->len;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] & 0x80)
            return fail(sc, pc->tok, "bytes can only contain ASCII literal characters");
    if (pc->raw) {
        put_text(out, s, n);
        return true;
    }
    buf_reserve(out, n);
    size_t crlf = 0;
    for (size_t i = 0; i < n;) {
        char c = s[i++];
        if (c == '\r') {
            buf_push(out, '\n');
            if (i < n && s[i] == '\n')
                i++, crlf++;
        } else if (c != '\\' || i >= n) {
            buf_push(out, c);
        } else if (!bytes_escape(sc, pc, &i, &crlf, out)) {
            return false;
        }
    }
    return true;
}

/* ---- f-strings ---- */

/* Turns the pending text, if any, into a Constant value. */
static void flush_text(StrCx *sc, FState *st, bool is_u) {
    if (!st->text.len)
        return;
    vec_push(&st->values, new_const(sc, CONST_STR, &st->text, is_u));
    st->text.len = 0;
}

/* The JoinedStr of st (consumed), with `span`. */
static AstExpr *finish_joined(StrCx *sc, FState *st, bool trailing_u, Span span) {
    flush_text(sc, st, trailing_u);
    AstExpr *e = parser_new_expr(sc->p, AST_JOINED_STR, span);
    e->as.joined.values.n = st->values.n;
    e->as.joined.values.items = arena_array(sc->p->cx->arena, AstExpr *, st->values.n ? st->values.n : 1);
    if (st->values.n)
        memcpy(e->as.joined.values.items, st->values.items, sizeof(AstExpr *) * st->values.n);
    return e;
}

static void fstate_free(FState *st) {
    buf_free(&st->text);
    vec_free(&st->values);
}

/* Decodes a literal chunk of an f-string onto the pending text. */
static bool put_literal(StrCx *sc, FState *st, const Token *tok, const char *s, size_t n, bool raw) {
    if (raw) {
        put_text(&st->text, s, n);
        return true;
    }
    return decode_str(sc, tok, s, n, &st->text);
}

/* fstring_find_literal: the text up to an undoubled '{' (or, in a spec,
 * a '}'), skipping \N{...}. Returns -1 on error, 1 after a doubled brace
 * (call again), else 0. */
static int find_literal(StrCx *sc, FState *st, const Token *tok, const char **str, const char *end, bool raw,
                        int lvl) {
    const char *s = *str, *lit = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break; /* malformed: decoding the chunk reports it */
            }
        }
        if (ch != '{' && ch != '}')
            continue;
        /* Doubled braces only at the top level: f'{0:{3}}' ends with "}}". */
        if (lvl == 0) {
            if (s < end && *s == ch) {
                *str = s + 1;
                result = 1;
                goto done;
            }
            if (ch == '}') {
                fail(sc, tok, "f-string: single '}' is not allowed");
                return -1;
            }
        }
        s--;
        break;
    }
    *str = s;
done:
    if (!put_literal(sc, st, tok, lit, (size_t)(s - lit), raw))
        return -1;
    return result;
}

/* Parses the field expression text [start, end) of tok with a sub-parser
 * over tokens lexed in place (so their spans are file offsets). */
static AstExpr *compile_expr(StrCx *sc, const Token *tok, const char *start, const char *end) {
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            parser_error(sc->p, tok->span, "f-string: expression required before '%c'", *end);
        else
            parser_error(sc->p, tok->span, "f-string: empty expression not allowed");
        return NULL;
    }
    uint32_t from = tok->span.start + (uint32_t)(start - tok->text);
    uint32_t to = tok->span.start + (uint32_t)(end - tok->text);
    /* Errors of the sub-lexer and sub-parser are caught in a silent sink and
     * re-reported with CPython's "f-string: " prefix (pegen adds it to every
     * error of an fstring_input parse), at the string token. */
    ParseCtx *cx = sc->p->cx;
    DiagSink quiet;
    diag_init(&quiet, cx->src, NULL);
    ParseCtx sub_cx = {.arena = cx->arena, .diag = &quiet, .src = cx->src};
    TokenBuf toks = {0};
    AstExpr *e = NULL;
    if (lex_tokenize_range(cx->arena, &quiet, cx->src, from, to, &toks)) {
        Parser sub;
        parser_init(&sub, &sub_cx, &toks);
        sub.depth = sc->p->depth;
        sub.quiet = sc->p->quiet;
        e = parse_fstring_expr(&sub);
        if (sub.failed)
            e = NULL;
    }
    lex_tokens_free(&toks);
    if (!e) {
        const char *msg = quiet.nerrors ? buf_cstr(&quiet.last) : "invalid syntax";
        if (!strncmp(msg, FSTRING_PREFIX, strlen(FSTRING_PREFIX)))
            msg += strlen(FSTRING_PREFIX);
        parser_error(sc->p, tok->span, FSTRING_PREFIX "%s", msg);
    }
    diag_free(&quiet);
    return e;
}

/* A character that may end a field's expression at bracket depth 0. */
static bool is_expr_stop(char ch) {
    return ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<';
}

/* Scans a field's expression from *str to its end at depth 0, tracking
 * quotes and brackets exactly as CPython's fstring_find_expr does. */
static bool scan_expr(StrCx *sc, const Token *tok, const char **str, const char *end) {
    char quote = 0, parens[FSTRING_MAX_PARENS];
    int triple = 0;
    uint32_t depth = 0;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return fail(sc, tok, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch != quote)
                continue;
            if (!triple) {
                quote = 0;
            } else if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                *str += 2;
                quote = 0;
                triple = 0;
            }
        } else if (ch == '\'' || ch == '"') {
            triple = *str + 2 < end && (*str)[1] == ch && (*str)[2] == ch;
            if (triple)
                *str += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAX_PARENS)
                return fail(sc, tok, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return fail(sc, tok, "f-string expression part cannot include '#'");
        } else if (depth == 0 && is_expr_stop(ch)) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    (*str)++;
                    continue;
                }
                if (ch == '>' || ch == '<')
                    continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                parser_error(sc->p, tok->span, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = parens[--depth];
            if ((open == '(') != (ch == ')') || (open == '[') != (ch == ']')) {
                parser_error(sc->p, tok->span,
                             "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                             open);
                return false;
            }
        }
    }
    if (quote)
        return fail(sc, tok, "f-string: unterminated string");
    if (depth) {
        parser_error(sc->p, tok->span, "f-string: unmatched '%c'", parens[depth - 1]);
        return false;
    }
    return true;
}

static bool is_py_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// replacement_field = "{" f_expression ["="] ["!" conversion] [":" format_spec] "}"
// At the '{' of a field: appends any "expr=" text to st and returns the
// FormattedValue in *out. Errors come in CPython's order: scanning, the
// expression itself, then conversion and spec.
static bool find_expr(StrCx *sc, FState *st, const Token *tok, const char **str, const char *end, bool raw,
                      int lvl, AstExpr **out) {
    const char *expecting = "f-string: expecting '}'";
    if (lvl >= FSTRING_MAX_NESTING)
        return fail(sc, tok, "f-string: expressions nested too deeply");
    const char *start = ++*str;
    if (!scan_expr(sc, tok, str, end))
        return false;
    if (*str >= end)
        return fail(sc, tok, expecting);
    AstExpr *value = compile_expr(sc, tok, start, *str);
    if (!value)
        return false;
    bool debug = false;
    if (**str == '=') {
        ++*str;
        while (*str < end && is_py_space(**str))
            ++*str;
        put_text(&st->text, start, (size_t)(*str - start));
        debug = true;
    }
    int conversion = -1;
    if (*str < end && **str == '!') {
        if (++*str >= end)
            return fail(sc, tok, expecting);
        conversion = (unsigned char)*(*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return fail(sc, tok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    AstExpr *spec = NULL;
    if (*str >= end)
        return fail(sc, tok, expecting);
    if (**str == ':') {
        if (++*str >= end)
            return fail(sc, tok, expecting);
        /* CPython gives a spec and the nodes in it the extent of the
         * spec's own token, not that of the whole concatenation. */
        Span outer = sc->span;
        sc->span = tok->span;
        FState sub = {0};
        bool ok = fstring_body(sc, &sub, tok, str, end, raw, lvl + 1);
        if (ok)
            spec = finish_joined(sc, &sub, tok->text[0] == 'u', tok->span);
        fstate_free(&sub);
        sc->span = outer;
        if (!ok)
            return false;
    }
    if (*str >= end || **str != '}')
        return fail(sc, tok, expecting);
    ++*str;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    AstExpr *fv = parser_new_expr(sc->p, AST_FORMATTED_VALUE, sc->span);
    fv->as.formatted.value = value;
    fv->as.formatted.conversion = conversion;
    fv->as.formatted.format_spec = spec;
    *out = fv;
    return true;
}

// f-string body = (literal | "{{" | "}}" | replacement_field)*
// Parses *str..end into st; at lvl > 0 (a spec) it stops at the '}'.
static bool fstring_body(StrCx *sc, FState *st, const Token *tok, const char **str, const char *end, bool raw,
                         int lvl) {
    for (;;) {
        int r = find_literal(sc, st, tok, str, end, raw, lvl);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        AstExpr *fv = NULL;
        if (!find_expr(sc, st, tok, str, end, raw, lvl, &fv))
            return false;
        flush_text(sc, st, sc->is_u);
        vec_push(&st->values, fv);
    }
    if (lvl == 0 && *str < end)
        return fail(sc, tok, "f-string: unexpected end of string");
    if (lvl != 0 && (*str >= end || **str != '}'))
        return fail(sc, tok, "f-string: expecting '}'");
    return true;
}

/* ---- joining ---- */

/* Decodes one token into st (str, f-string) or bytes; the mode checks come
 * in CPython's order: a plain literal is decoded before the mix check. */
static bool add_piece(StrCx *sc, const Piece *pc, bool first, bool *bytesmode, FState *st, Buf *bytes) {
    if (pc->fmode) {
        if (!first && *bytesmode)
            return fail(sc, pc->tok, "cannot mix bytes and nonbytes literals");
        const char *s = pc->body;
        return fstring_body(sc, st, pc->tok, &s, pc->body + pc->len, pc->raw, 0);
    }
    bool ok;
    if (pc->bytes)
        ok = decode_bytes(sc, pc, bytes);
    else if (pc->raw)
        ok = (put_text(&st->text, pc->body, pc->len), true);
    else
        ok = decode_str(sc, pc->tok, pc->body, pc->len, &st->text);
    if (!ok)
        return false;
    if (!first && *bytesmode != pc->bytes)
        return fail(sc, pc->tok, "cannot mix bytes and nonbytes literals");
    *bytesmode = pc->bytes;
    return true;
}

// strings = STRING+
AstExpr *parse_strings(Parser *p) {
    uint32_t first = p->pos;
    while (parser_at(p, TOK_STRING))
        parser_advance(p);
    ADDER_ASSERT(p->pos > first, "parse_strings called off a STRING token");
    const Token *t0 = &p->toks[first], *tn = &p->toks[p->pos - 1];
    StrCx sc = {.p = p, .span = span_make(t0->span.start, tn->span.end), .is_u = t0->len && t0->text[0] == 'u'};
    FState st = {0};
    Buf bytes = {0};
    bool bytesmode = false, fmode = false, ok = true;
    for (uint32_t i = first; ok && i < p->pos; i++) {
        Piece pc;
        if (!split_piece(&p->toks[i], &pc))
            ok = fail(&sc, &p->toks[i], "invalid string literal");
        else
            ok = add_piece(&sc, &pc, i == first, &bytesmode, &st, &bytes);
        fmode |= pc.fmode;
    }
    AstExpr *e = NULL;
    if (ok && bytesmode)
        e = new_const(&sc, CONST_BYTES, &bytes, false);
    else if (ok && !fmode)
        e = new_const(&sc, CONST_STR, &st.text, sc.is_u);
    else if (ok)
        e = finish_joined(&sc, &st, sc.is_u, sc.span);
    fstate_free(&st);
    buf_free(&bytes);
    return e;
}

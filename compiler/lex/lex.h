/* lex/lex.h: the lexer's output — a flat array of tokens — and its entry points.
 *
 * The lexer turns a SourceFile (already UTF-8) into tokens the way CPython
 * 3.11's tokenizer does: NEWLINE/INDENT/DEDENT from indentation (TabError
 * when tabs and spaces make it ambiguous), no NEWLINE inside brackets or
 * after a backslash continuation, blank and comment-only lines produce
 * nothing, and the stream always ends with NEWLINE (if any code) and the
 * DEDENTs needed before EOF.
 *
 * Each string literal, including an f-string, is ONE STRING token spanning
 * prefix and quotes; the parser decodes escapes, joins adjacent literals and
 * parses f-string fields (it lexes their expressions with lex_tokenize_range).
 * Identifiers are NFKC-normalized in Token.text. */
#ifndef ADDER_LEX_LEX_H
#define ADDER_LEX_LEX_H

#include "support/arena.h"
#include "support/diag.h"

typedef enum TokKind {
#define TOK(name, text) TOK_##name,
#include "lex/tokens.def"
    TOK__COUNT
} TokKind;

typedef struct Token {
    TokKind kind;
    Span span;        /* bytes of the token in the source (empty for DEDENT/EOF) */
    const char *text; /* NAME: normalized identifier; others: source text at span */
    uint32_t len;
} Token;

typedef struct TokenBuf {
    Token *items;
    uint32_t n, cap;
} TokenBuf;

/* ---- decode.c: bytes on disk to UTF-8 text ---- */

/* Decodes raw file bytes the way CPython reads a source file: a UTF-8 BOM,
 * or a PEP 263 coding declaration on line 1 or 2, selects the encoding
 * (UTF-8 by default). On success returns a NUL-terminated UTF-8 copy
 * allocated in `arena` and sets *out_len; on failure reports through `diag`
 * (whose SourceFile may be a raw view of the bytes) and returns NULL. */
char *lex_decode_source(Arena *arena, DiagSink *diag, const char *bytes, uint32_t len, uint32_t *out_len);

/* ---- lex.c ---- */

/* Tokenizes all of src into out (heap-allocated items; free with
 * lex_tokens_free). Errors go to diag; the token stream is still well formed
 * (ends with EOF) so the parser can report more. Returns false on any error. */
bool lex_tokenize(Arena *arena, DiagSink *diag, const SourceFile *src, TokenBuf *out);

/* Tokenizes the byte range [start, end) of src as the inside of brackets
 * (no NEWLINE/INDENT/DEDENT; newlines are whitespace): used for the
 * expressions of f-string replacement fields. Spans stay file offsets. */
bool lex_tokenize_range(Arena *arena, DiagSink *diag, const SourceFile *src, uint32_t start, uint32_t end,
                        TokenBuf *out);

void lex_tokens_free(TokenBuf *toks);

/* Spelling of a kind for dumps and messages: "name", "'('", "'def'". */
const char *lex_kind_name(TokKind kind);
/* Stable text dump, one token per line: "LINE:COL-LINE:COL KIND text"
 * (1-based character columns; control characters in text escaped). */
void lex_dump_tokens(FILE *out, const SourceFile *src, const TokenBuf *toks);

#endif

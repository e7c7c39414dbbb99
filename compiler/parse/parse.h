/* parse/parse.h: the parser's entry points and its AST printers.
 *
 * parse_module() reads the whole token stream (see lex.h) and builds the
 * AST for the full Python 3.11 grammar (ast.h). It accepts exactly what
 * CPython's parser (`ast.parse`) accepts: checks CPython leaves to its
 * compiler (`break` outside a loop, `return` outside a function, ...) are not
 * made here but in sema. On a syntax error it reports through the DiagSink,
 * resynchronises at the next statement where that is sound, and returns NULL
 * if any error was reported. Recursion is bounded (PARSE_MAX_DEPTH) with a
 * diagnostic, never a crash. */
#ifndef ADDER_PARSE_PARSE_H
#define ADDER_PARSE_PARSE_H

#include "lex/lex.h"
#include "parse/ast.h"

/* Nesting deeper than this is "too many nested parentheses/blocks"; CPython
 * itself stops at 200 nested parentheses and ~1000 levels of recursion. */
enum { PARSE_MAX_DEPTH = 400 };

typedef struct ParseCtx {
    Arena *arena;        /* AST nodes */
    DiagSink *diag;
    const SourceFile *src;
} ParseCtx;

/* ---- parse.c / parse_stmt.c / parse_expr.c / parse_pattern.c / parse_string.c ---- */
AstModule *parse_module(ParseCtx *cx, const TokenBuf *toks);

/* ---- ast_dump.c: readable, stable indented dump (`adder --emit=ast`) ---- */
void ast_dump(FILE *out, const SourceFile *src, const AstModule *mod);

/* ---- ast_json.c: one JSON value in CPython's `ast` vocabulary (`--emit=ast-json`) ---- */
void ast_dump_json(FILE *out, const SourceFile *src, const AstModule *mod);

#endif

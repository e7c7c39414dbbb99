/* support/diag.h: source files, source ranges and the one diagnostics sink.
 *
 * A SourceFile holds the program text as UTF-8 (the lexer decodes other
 * encodings first) and a table of line starts. A Span is a half-open byte
 * range [start, end) of that text. Diagnostics print
 *     file:line:col: error: message
 *     <source line>
 *         ^~~~
 * with a 1-based line and a 1-based column counted in characters, colour
 * only when the stream is a terminal and NO_COLOR is unset. Errors are
 * recorded and counted; nothing here ever exits. */
#ifndef ADDER_SUPPORT_DIAG_H
#define ADDER_SUPPORT_DIAG_H

#include "support/util.h"

#include <stdio.h>

typedef struct Span {
    uint32_t start, end;
} Span;

static inline Span span_make(uint32_t start, uint32_t end) { return (Span){start, end}; }
static inline Span span_join(Span a, Span b) { return (Span){a.start, b.end > a.end ? b.end : a.end}; }

typedef struct SourceFile {
    const char *path;      /* as given on the command line */
    const char *text;      /* UTF-8, NUL-terminated; owned by whoever made the SourceFile */
    uint32_t len;
    uint32_t *line_starts; /* byte offset of each line's first byte */
    uint32_t nlines;
} SourceFile;

/* Builds the line table; text must stay alive as long as the SourceFile. */
void source_init(SourceFile *src, const char *path, const char *text, uint32_t len);
void source_free(SourceFile *src);
/* 1-based line of a byte offset, and its 0-based byte column. */
void source_line_col(const SourceFile *src, uint32_t offset, uint32_t *line, uint32_t *byte_col);
/* 1-based column in characters (UTF-8 sequences count once). */
uint32_t source_char_col(const SourceFile *src, uint32_t offset);

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct DiagSink {
    const SourceFile *src;
    FILE *out;             /* where diagnostics go; NULL means: record only */
    bool color;
    uint32_t nerrors;
    uint32_t max_errors;   /* stop printing after this many (0 = no limit) */
    Buf last;              /* text of the last error, for tests */
} DiagSink;

/* out may be NULL (fuzzing, unit tests). Colour follows isatty + NO_COLOR. */
void diag_init(DiagSink *d, const SourceFile *src, FILE *out);
void diag_free(DiagSink *d);
void diag_error(DiagSink *d, Span span, const char *fmt, ...) ADDER_PRINTF(3, 4);
void diag_note(DiagSink *d, Span span, const char *fmt, ...) ADDER_PRINTF(3, 4);
void diag_report(DiagSink *d, DiagLevel level, Span span, const char *fmt, va_list ap);

#endif

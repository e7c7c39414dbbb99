/* support/diag.c: line tables and diagnostic printing (see diag.h).
 *
 * The caret line repeats the source line's tabs so that the caret lines up
 * whatever the terminal's tab width; a span reaching past the end of its
 * line is underlined to the end of that line only. */
#include "support/diag.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void source_init(SourceFile *src, const char *path, const char *text, uint32_t len) {
    src->path = path;
    src->text = text;
    src->len = len;
    uint32_t n = 1;
    for (uint32_t i = 0; i < len; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
            n++;
    src->line_starts = xmalloc(sizeof(uint32_t) * n);
    src->nlines = n;
    uint32_t k = 0;
    src->line_starts[k++] = 0;
    for (uint32_t i = 0; i < len; i++)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
            src->line_starts[k++] = i + 1;
}

void source_free(SourceFile *src) {
    free(src->line_starts);
    src->line_starts = NULL;
}

void source_line_col(const SourceFile *src, uint32_t offset, uint32_t *line, uint32_t *byte_col) {
    uint32_t lo = 0, hi = src->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = lo + 1;
    *byte_col = offset - src->line_starts[lo];
}

uint32_t source_char_col(const SourceFile *src, uint32_t offset) {
    uint32_t line, col;
    source_line_col(src, offset, &line, &col);
    const char *p = src->text + src->line_starts[line - 1];
    uint32_t chars = 1;
    for (uint32_t i = 0; i < col; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            chars++;
    return chars;
}

void diag_init(DiagSink *d, const SourceFile *src, FILE *out) {
    memset(d, 0, sizeof *d);
    d->src = src;
    d->out = out;
    d->max_errors = 20;
    const char *nc = getenv("NO_COLOR");
    d->color = out && isatty(fileno(out)) && !(nc && nc[0]);
}

void diag_free(DiagSink *d) { buf_free(&d->last); }

void diag_error(DiagSink *d, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_ERROR, span, fmt, ap);
    va_end(ap);
}

void diag_note(DiagSink *d, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_NOTE, span, fmt, ap);
    va_end(ap);
}

/* Lines longer than this are shown as a window around the error, so that
 * a generated 200 KB one-line file does not flood the terminal. */
enum { EXCERPT_MAX_BYTES = 240, EXCERPT_CONTEXT = 80 };

static uint32_t utf8_boundary(const char *text, uint32_t i, uint32_t lo) {
    while (i > lo && ((unsigned char)text[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static void print_excerpt(const DiagSink *d, Span span, FILE *out) {
    const SourceFile *src = d->src;
    uint32_t line, col;
    source_line_col(src, span.start, &line, &col);
    uint32_t ls = src->line_starts[line - 1];
    uint32_t le = ls;
    while (le < src->len && src->text[le] != '\n' && src->text[le] != '\r')
        le++;
    /* The window [ws, we) of the line that is printed. */
    uint32_t ws = ls, we = le;
    if (le - ls > EXCERPT_MAX_BYTES) {
        if (span.start - ls > EXCERPT_CONTEXT)
            ws = utf8_boundary(src->text, span.start - EXCERPT_CONTEXT, ls);
        we = ws + EXCERPT_MAX_BYTES < le ? utf8_boundary(src->text, ws + EXCERPT_MAX_BYTES, ws) : le;
    }
    const char *dots = "...";
    fprintf(out, "%s%.*s%s\n", ws > ls ? dots : "", (int)(we - ws), src->text + ws, we < le ? dots : "");
    if (ws > ls)
        fputs("   ", out);
    for (uint32_t i = ws; i < span.start && i < we; i++) {
        unsigned char c = (unsigned char)src->text[i];
        if (c == '\t')
            fputc('\t', out);
        else if ((c & 0xC0) != 0x80)
            fputc(' ', out);
    }
    if (d->color)
        fputs("\033[1;32m", out);
    fputc('^', out);
    uint32_t end = span.end < we ? span.end : we;
    for (uint32_t i = span.start + 1; i < end; i++)
        if (((unsigned char)src->text[i] & 0xC0) != 0x80)
            fputc('~', out);
    if (d->color)
        fputs("\033[0m", out);
    fputc('\n', out);
}

void diag_report(DiagSink *d, DiagLevel level, Span span, const char *fmt, va_list ap) {
    static const char *const names[] = {"error", "warning", "note"};
    static const char *const colors[] = {"\033[1;31m", "\033[1;35m", "\033[1;36m"};
    if (level == DIAG_ERROR)
        d->nerrors++;
    Buf msg = {0};
    buf_vprintf(&msg, fmt, ap);
    if (level == DIAG_ERROR) {
        d->last.len = 0;
        buf_append(&d->last, msg.data ? msg.data : "", msg.len);
    }
    bool suppressed = d->max_errors && level == DIAG_ERROR && d->nerrors > d->max_errors;
    if (d->out && !suppressed) {
        const SourceFile *src = d->src;
        if (span.start > src->len)
            span.start = src->len;
        if (span.end < span.start)
            span.end = span.start;
        uint32_t line, col;
        source_line_col(src, span.start, &line, &col);
        FILE *out = d->out;
        if (d->color)
            fputs("\033[1m", out);
        fprintf(out, "%s:%u:%u: ", src->path, line, source_char_col(src, span.start));
        if (d->color)
            fputs(colors[level], out);
        fprintf(out, "%s: ", names[level]);
        if (d->color)
            fputs("\033[0;1m", out);
        fputs(buf_cstr(&msg), out);
        if (d->color)
            fputs("\033[0m", out);
        fputc('\n', out);
        print_excerpt(d, span, out);
    }
    buf_free(&msg);
}

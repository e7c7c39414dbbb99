/* driver/pipeline.c: runs the stages in order, each reading only the
 * output of the one before:  bytes -decode-> text -lex-> tokens -parse-> AST
 * -sema-> checked AST. Every stage reports through one DiagSink; the run
 * stops at the first stage boundary with errors. */
#include "driver/driver.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "sema/sema.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int driver_run(const DriverOptions *opt) {
    size_t raw_len = 0;
    char *raw = read_file(opt->input, &raw_len);
    if (!raw) {
        fprintf(stderr, "adder: error: cannot read '%s': %s\n", opt->input, strerror(errno));
        return 1;
    }
    if (raw_len > UINT32_MAX / 2) {
        fprintf(stderr, "adder: error: '%s' is too large\n", opt->input);
        free(raw);
        return 1;
    }
    Arena arena;
    arena_init(&arena);
    /* Decoding errors are reported against the raw bytes. */
    SourceFile raw_src;
    source_init(&raw_src, opt->input, raw, (uint32_t)raw_len);
    DiagSink diag;
    diag_init(&diag, &raw_src, stderr);
    uint32_t text_len = 0;
    char *text = lex_decode_source(&arena, &diag, raw, (uint32_t)raw_len, &text_len);
    int status = 1;
    SourceFile src = {0};
    TokenBuf toks = {0};
    if (!text)
        goto done;
    source_init(&src, opt->input, text, text_len);
    diag.src = &src;
    bool lexed = lex_tokenize(&arena, &diag, &src, &toks);
    if (opt->emit == EMIT_TOKENS) {
        if (lexed)
            lex_dump_tokens(stdout, &src, &toks);
        status = lexed ? 0 : 1;
        goto done;
    }
    ParseCtx pcx = {.arena = &arena, .diag = &diag, .src = &src};
    AstModule *mod = parse_module(&pcx, &toks);
    if (!mod || diag.nerrors)
        goto done;
    if (opt->emit == EMIT_AST) {
        ast_dump(stdout, &src, mod);
        status = 0;
    } else if (opt->emit == EMIT_AST_JSON) {
        ast_dump_json(stdout, &src, mod);
        status = 0;
    } else {
        SemaCtx scx = {.arena = &arena, .diag = &diag, .src = &src};
        status = sema_check_module(&scx, mod) ? 0 : 1;
    }
done:
    fflush(stdout);
    lex_tokens_free(&toks);
    source_free(&src);
    source_free(&raw_src);
    diag_free(&diag);
    arena_free(&arena);
    free(raw);
    return status;
}

/* tests/fuzz/fuzz_parse.c: libFuzzer target for the whole front end.
 *
 * Each input is treated as a source file's raw bytes and goes through
 * decode -> lex -> parse -> sema -> JSON dump (to an in-memory stream), with
 * diagnostics recorded but not printed. Everything is allocated in one arena
 * per input and freed before returning, so memory stays flat across
 * millions of inputs. The contract checked: no crash, no sanitizer report,
 * no assertion, no leak, no hang — whatever the bytes. */
#include "lex/lex.h"
#include "parse/parse.h"
#include "sema/sema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Inputs beyond this are cut: long inputs only slow the fuzzer down and
 * the interesting structure fits in a few kilobytes. */
enum { FUZZ_MAX_INPUT = 1 << 16 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void dump_json(const SourceFile *src, const AstModule *mod) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out)
        return;
    ast_dump_json(out, src, mod);
    fclose(out);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FUZZ_MAX_INPUT)
        size = FUZZ_MAX_INPUT;
    /* A NUL-terminated copy: the decoder may rely on it like read_file's. */
    char *raw = xmalloc(size + 1);
    if (size)
        memcpy(raw, data, size);
    raw[size] = '\0';
    Arena arena;
    arena_init(&arena);
    SourceFile raw_src, src = {0};
    source_init(&raw_src, "fuzz.py", raw, (uint32_t)size);
    DiagSink diag;
    diag_init(&diag, &raw_src, NULL);
    TokenBuf toks = {0};
    uint32_t len = 0;
    char *text = lex_decode_source(&arena, &diag, raw, (uint32_t)size, &len);
    if (text) {
        source_init(&src, "fuzz.py", text, len);
        diag.src = &src;
        lex_tokenize(&arena, &diag, &src, &toks);
        ParseCtx pcx = {.arena = &arena, .diag = &diag, .src = &src};
        AstModule *mod = parse_module(&pcx, &toks);
        if (mod && !diag.nerrors) {
            dump_json(&src, mod);
            SemaCtx scx = {.arena = &arena, .diag = &diag, .src = &src};
            sema_check_module(&scx, mod);
        }
    }
    lex_tokens_free(&toks);
    source_free(&src);
    source_free(&raw_src);
    diag_free(&diag);
    arena_free(&arena);
    free(raw);
    return 0;
}

/* driver/pipeline.c: runs the stages in order, each reading only the
 * output of the one before:
 *   bytes -decode-> text -lex-> tokens -parse-> AST -sema_check_module->
 *   -sema_analyze-> typed AST -ir_lower_module-> IR -ir_verify_module->
 *   -emit_c_module-> C -$CC-> executable
 * Every stage reports through one DiagSink; the run stops at the first
 * stage boundary with errors. A verifier failure is a compiler bug and
 * exits with DRIVER_STATUS_INTERNAL, as does a C compiler failure. */
#include "driver/driver.h"
#include "emit/emit.h"
#include "ir/ir.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "sema/sema.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The mangling prefix of the program's module (FuncInfo.cname). */
#define DRIVER_MAIN_MODULE "main"

/* Base name without the directory and the ".py" suffix, malloc'ed. */
static char *file_stem(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py"))
        n -= 3;
    char *s = xmalloc(n + 1);
    memcpy(s, base, n);
    s[n] = 0;
    return s;
}

/* "<dir>/<name><ext>" (dir NULL: "<name><ext>"), malloc'ed. */
static char *path_join(const char *dir, const char *name, const char *ext) {
    Buf b = {0};
    if (dir)
        buf_printf(&b, "%s/", dir);
    buf_printf(&b, "%s%s", name, ext);
    return (char *)buf_cstr(&b);
}

/* Writes <dir>/<stem>.c and .h; false after reporting an I/O error. */
static bool write_c_files(const IrModule *m, const DriverOptions *opt, const char *dir,
                          const char *stem) {
    char *cpath = path_join(dir, stem, ".c"), *hpath = path_join(dir, stem, ".h");
    char *hname = path_join(NULL, stem, ".h");
    FILE *c = fopen(cpath, "w"), *h = fopen(hpath, "w");
    bool ok = c && h;
    if (ok) {
        EmitOptions eo = {.line_directives = opt->debug, .with_main = true,
                          .module = DRIVER_MAIN_MODULE, .path = opt->input, .header = hname};
        emit_c_module(c, h, m, &eo);
    } else {
        fprintf(stderr, "adder: error: cannot write '%s': %s\n", c ? hpath : cpath,
                strerror(errno));
    }
    if (c && fclose(c) != 0)
        ok = false;
    if (h && fclose(h) != 0)
        ok = false;
    free(cpath);
    free(hpath);
    free(hname);
    return ok;
}

/* build and run: C files in a temporary directory, then $CC, then maybe
 * the program. */
static int build_native(const IrModule *m, const DriverOptions *opt) {
    char *stem = file_stem(opt->input);
    char *tmp = driver_temp_dir();
    if (!tmp) {
        fprintf(stderr, "adder: error: cannot create a temporary directory: %s\n", strerror(errno));
        free(stem);
        return 1;
    }
    char *cname = path_join(NULL, stem, ".c"), *hname = path_join(NULL, stem, ".h");
    char *cpath = path_join(tmp, stem, ".c");
    char *tmp_exe = path_join(tmp, stem, "");
    int status = 1;
    if (write_c_files(m, opt, tmp, stem)) {
        const char *exe = opt->command == CMD_RUN ? tmp_exe : opt->output ? opt->output : stem;
        const char *c_paths[] = {cpath};
        status = driver_cc_build(opt, c_paths, 1, exe);
        if (status == 0 && opt->command == CMD_RUN)
            status = driver_run_program(opt, tmp_exe);
    }
    const char *files[] = {cname, hname, stem};
    if (status == DRIVER_STATUS_INTERNAL)
        fprintf(stderr, "adder: note: the generated C is kept in '%s'\n", tmp);
    else
        driver_temp_remove(tmp, files, opt->command == CMD_RUN ? 3 : 2);
    free(cname);
    free(hname);
    free(cpath);
    free(tmp_exe);
    free(tmp);
    free(stem);
    return status;
}

static int codegen(const IrModule *m, const DriverOptions *opt) {
    if (opt->command == CMD_EMIT && opt->emit == EMIT_IR) {
        ir_print_module(stdout, m);
        return 0;
    }
    if (opt->command == CMD_EMIT) {
        EmitOptions eo = {.line_directives = opt->debug, .with_main = true,
                          .module = DRIVER_MAIN_MODULE, .path = opt->input};
        emit_c_module(stdout, NULL, m, &eo);
        return 0;
    }
    if (opt->command == CMD_COMPILE) {
        char *stem = file_stem(opt->input);
        if (opt->output)
            mkdir(opt->output, 0777); /* an existing directory is fine */
        bool ok = write_c_files(m, opt, opt->output ? opt->output : ".", stem);
        free(stem);
        return ok ? 0 : 1;
    }
    return build_native(m, opt);
}

/* The back half: typed AST -> IR -> verified IR -> output. */
static int backend(const DriverOptions *opt, Arena *arena, DiagSink *diag, const SourceFile *src,
                   AstModule *mod) {
    TypeTable types;
    types_init(&types, arena);
    SemaCtx scx = {.arena = arena, .diag = diag, .src = src, .types = &types};
    int status = 1;
    SemaModule *sm = sema_analyze(&scx, mod, DRIVER_MAIN_MODULE);
    if (!sm || diag->nerrors)
        goto done;
    if (opt->command == CMD_CHECK) {
        status = 0;
        goto done;
    }
    LowerCtx lcx = {.arena = arena, .diag = diag, .src = src};
    IrModule *m = ir_lower_module(&lcx, sm, mod);
    if (!m || diag->nerrors)
        goto done;
    if (!m->src)
        m->src = src;
    if (ir_verify_module(stderr, m) != 0) {
        fprintf(stderr, "adder: internal error: the IR of '%s' failed verification\n",
                opt->input);
        status = DRIVER_STATUS_INTERNAL;
        goto done;
    }
    status = codegen(m, opt);
done:
    types_free(&types);
    return status;
}

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
    if (opt->command == CMD_EMIT && opt->emit == EMIT_TOKENS) {
        if (lexed)
            lex_dump_tokens(stdout, &src, &toks);
        status = lexed ? 0 : 1;
        goto done;
    }
    ParseCtx pcx = {.arena = &arena, .diag = &diag, .src = &src};
    AstModule *mod = parse_module(&pcx, &toks);
    if (!mod || diag.nerrors)
        goto done;
    if (opt->command == CMD_EMIT && opt->emit == EMIT_AST) {
        ast_dump(stdout, &src, mod);
        status = 0;
    } else if (opt->command == CMD_EMIT && opt->emit == EMIT_AST_JSON) {
        ast_dump_json(stdout, &src, mod);
        status = 0;
    } else {
        SemaCtx scx = {.arena = &arena, .diag = &diag, .src = &src};
        if (sema_check_module(&scx, mod))
            status = backend(opt, &arena, &diag, &src, mod);
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

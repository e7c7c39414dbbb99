/* driver/pipeline.c: runs the stages in order, each reading only the
 * output of the one before:
 *   bytes -decode-> text -lex-> tokens -parse-> AST -sema_check_module->
 *   -sema_analyze-> typed AST -ir_lower_module-> IR -ir_verify_module->
 *   -emit_c_module-> C -$CC-> executable
 * Every stage reports through one DiagSink; the run stops at the first
 * stage boundary with errors. A verifier failure is a compiler bug and
 * exits with DRIVER_STATUS_INTERNAL, as does a C compiler failure.
 *
 * A program is several modules (a Unit each): the input file and every
 * module it imports, found as <importer's directory>/<name>.py, then
 * <dir>/<name>.py for each -I DIR in order (math, sys and the other
 * modules Adder provides come first). The units are parsed depth first
 * and analysed in post order (an imported module before its importer), all
 * with one TypeTable; an import cycle is rejected (CPython runs some
 * cycles with half-initialised modules; Adder does not). build and run emit
 * one <name>.c/.h per module and link them all; compile emits the input
 * module only (the others are analysed for their types); --emit=ir|c
 * dumps the input module. The input's mangling prefix is "main" for
 * build, run and --emit, its stem for compile (what adder_init_<stem>()
 * and the other modules' references to it use); an imported module's is
 * its name. */
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
#include <unistd.h>

/* The mangling prefix of the program's module (FuncInfo.cname). */
#define DRIVER_MAIN_MODULE "main"

/* Modules of one program, the input included; longest working directory. */
enum { DRIVER_MAX_MODULES = 256, PATH_CAP = 4096 };

typedef struct Unit {
    char *name;          /* mangling prefix: "filters", "pkg__mod" (malloc'ed) */
    char *pyname;        /* Python name, __name__: "pkg.mod" (malloc'ed; NULL: name) */
    char *path;          /* the file as found (malloc'ed) */
    char *raw;           /* file bytes (malloc'ed) */
    SourceFile raw_src, src;
    TokenBuf toks;
    AstModule *mod;
    SemaModule *sm;
    IrModule *ir;
    bool loading;        /* on the import stack: importing it again is a cycle */
    struct Unit *deps[DRIVER_MAX_MODULES]; /* direct imports, in order */
    uint32_t ndeps;
} Unit;

typedef struct Program {
    const DriverOptions *opt;
    Arena arena;
    DiagSink diag;
    TypeTable types;
    Unit *units[DRIVER_MAX_MODULES];   /* in load order; units[0] is the input */
    uint32_t nunits;
    SemaModule *done[DRIVER_MAX_MODULES]; /* analysed, in post order */
    Unit *order[DRIVER_MAX_MODULES];
    uint32_t ndone;
    bool failed;
    char *root;          /* where packages are looked for: the input's directory, or
                            (compile) the directory above its top package */
} Program;

static char *dup_str(const char *s) {
    size_t n = strlen(s);
    char *d = xmalloc(n + 1);
    memcpy(d, s, n + 1);
    return d;
}

static void *zalloc(size_t n) {
    void *p = xmalloc(n);
    memset(p, 0, n);
    return p;
}

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

/* Directory part of a path ("." when none), malloc'ed. */
static char *file_dir(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return dup_str(".");
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *s = xmalloc(n + 1);
    memcpy(s, path, n);
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

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_identifier(const char *s) {
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_'))
            return false;
    return true;
}

/* ---- loading: read, decode, lex, parse, syntax checks ---- */

static Unit *new_unit(Program *p, const char *name, const char *path) {
    if (p->nunits == DRIVER_MAX_MODULES) {
        fprintf(stderr, "adder: error: more than %d modules in one program\n", DRIVER_MAX_MODULES);
        p->failed = true;
        return NULL;
    }
    Unit *u = zalloc(sizeof *u);
    u->name = dup_str(name);
    u->path = dup_str(path);
    p->units[p->nunits++] = u;
    return u;
}

static void free_unit(Unit *u) {
    lex_tokens_free(&u->toks);
    source_free(&u->src);
    source_free(&u->raw_src);
    free(u->raw);
    free(u->name);
    free(u->pyname);
    free(u->path);
    free(u);
}

/* Reads, parses and syntax-checks u. Returns false after reporting
 * errors, or (dump) after an --emit of tokens or the AST, with *status. */
static bool parse_unit(Program *p, Unit *u, bool dump, int *status) {
    size_t raw_len = 0;
    u->raw = read_file(u->path, &raw_len);
    if (!u->raw) {
        fprintf(stderr, "adder: error: cannot read '%s': %s\n", u->path, strerror(errno));
        return false;
    }
    if (raw_len > UINT32_MAX / 2) {
        fprintf(stderr, "adder: error: '%s' is too large\n", u->path);
        return false;
    }
    /* Decoding errors are reported against the raw bytes. */
    source_init(&u->raw_src, u->path, u->raw, (uint32_t)raw_len);
    p->diag.src = &u->raw_src;
    uint32_t text_len = 0;
    char *text = lex_decode_source(&p->arena, &p->diag, u->raw, (uint32_t)raw_len, &text_len);
    if (!text)
        return false;
    source_init(&u->src, u->path, text, text_len);
    p->diag.src = &u->src;
    bool lexed = lex_tokenize(&p->arena, &p->diag, &u->src, &u->toks);
    const DriverOptions *opt = p->opt;
    if (dump && opt->command == CMD_EMIT && opt->emit == EMIT_TOKENS) {
        if (lexed)
            lex_dump_tokens(stdout, &u->src, &u->toks);
        *status = lexed ? 0 : 1;
        return false;
    }
    ParseCtx pcx = {.arena = &p->arena, .diag = &p->diag, .src = &u->src};
    u->mod = parse_module(&pcx, &u->toks);
    if (!u->mod || p->diag.nerrors)
        return false;
    if (dump && opt->command == CMD_EMIT && (opt->emit == EMIT_AST || opt->emit == EMIT_AST_JSON)) {
        if (opt->emit == EMIT_AST)
            ast_dump(stdout, &u->src, u->mod);
        else
            ast_dump_json(stdout, &u->src, u->mod);
        *status = 0;
        return false;
    }
    SemaCtx scx = {.arena = &p->arena, .diag = &p->diag, .src = &u->src};
    return sema_check_module(&scx, u->mod);
}

/* A dotted module name's mangling prefix: "pkg.mod" -> "pkg__mod". */
static char *mangled_name(const char *name) {
    Buf b = {0};
    for (const char *c = name; *c; c++) {
        if (*c == '.')
            buf_puts(&b, "__");
        else
            buf_push(&b, *c);
    }
    return (char *)buf_cstr(&b);
}

/* <root>/a/b.py or <root>/a/b/__init__.py for "a.b", or NULL. */
static char *find_in(const char *root, const char *name) {
    char *rel = dup_str(name);
    for (char *c = rel; *c; c++)
        if (*c == '.')
            *c = '/';
    char *path = path_join(root, rel, ".py");
    if (!is_file(path)) {
        free(path);
        path = path_join(root, rel, "/__init__.py");
        if (!is_file(path)) {
            free(path);
            path = NULL;
        }
    }
    free(rel);
    return path;
}

/* The file of module name imported from `from`: its directory, the
 * program's directory (packages), then each -I DIR; or NULL. */
static char *find_module(const Program *p, const Unit *from, const char *name) {
    char *dirs[2] = {file_dir(from->path), dup_str(p->root)};
    char *path = NULL;
    for (int i = 0; i < 2 && !path; i++)
        path = find_in(strcmp(dirs[i], ".") ? dirs[i] : NULL, name);
    free(dirs[0]);
    free(dirs[1]);
    const DriverOptions *opt = p->opt;
    for (uint32_t i = 0; i < opt->ncc_args && !path; i++) {
        const char *a = opt->cc_args[i];
        if (!strncmp(a, "-I", 2) && a[2])
            path = find_in(a + 2, name);
    }
    return path;
}

static Unit *unit_named(Program *p, const char *name) {
    for (uint32_t i = 1; i < p->nunits; i++)
        if (!strcmp(p->units[i]->name, name))
            return p->units[i];
    return NULL;
}

/* "a -> b -> a": the import stack from `to` up to `from`, then `to`. */
static void cycle_text(Program *p, Buf *b, Unit *from, Unit *to) {
    bool on = false;
    for (uint32_t i = 0; i < p->nunits; i++) {
        Unit *u = p->units[i];
        on = on || u == to;
        if (on && u->loading)
            buf_printf(b, "%s -> ", u->name);
        if (u == from)
            break;
    }
    buf_printf(b, "%s", to->name);
}

static bool load_unit(Program *p, Unit *u, bool dump, int *status);

/* One `import name` / `from name import ...` at span in u. */
static void load_import(Program *p, Unit *u, const char *pyname, Span span) {
    if (sema_is_builtin_module(pyname))
        return; /* provided by Adder */
    const char *dot = strrchr(pyname, '.');
    if (dot) { /* pkg.mod: the package's __init__ first, if it has one */
        char *pkg = xmalloc((size_t)(dot - pyname) + 1);
        memcpy(pkg, pyname, (size_t)(dot - pyname));
        pkg[dot - pyname] = 0;
        load_import(p, u, pkg, span);
        free(pkg);
        if (p->failed)
            return;
    }
    char *name = mangled_name(pyname);
    Unit *dep = unit_named(p, name);
    if (!dep && !strcmp(name, p->units[0]->name))
        dep = p->units[0]; /* the input is always loading: a cycle */
    if (dep && dep->loading) {
        Buf b = {0};
        cycle_text(p, &b, u, dep);
        p->diag.src = &u->src;
        diag_error(&p->diag, span, "import cycle %s is not supported by Adder (each module must be "
                   "imported after the modules it imports)", buf_cstr(&b));
        buf_free(&b);
        free(name);
        return;
    }
    if (!dep) {
        char *path = find_module(p, u, pyname);
        dep = path ? new_unit(p, name, path) : NULL;
        free(path);
        if (dep)
            dep->pyname = dup_str(pyname);
        if (dep && !load_unit(p, dep, false, NULL))
            p->failed = true;
    }
    free(name);
    if (!dep || p->failed)
        return; /* not found: sema reports "no module named ..." at the import */
    for (uint32_t i = 0; i < u->ndeps; i++)
        if (u->deps[i] == dep)
            return;
    if (u->ndeps < DRIVER_MAX_MODULES)
        u->deps[u->ndeps++] = dep;
}

/* `from pkg import name`: name may be a submodule pkg/name.py. */
static void load_submodule(Program *p, Unit *u, const char *pkg, const char *name, Span span) {
    Buf b = {0};
    buf_printf(&b, "%s.%s", pkg, name);
    char *path = sema_is_builtin_module(pkg) ? NULL : find_module(p, u, buf_cstr(&b));
    if (path)
        load_import(p, u, buf_cstr(&b), span);
    free(path);
    buf_free(&b);
}

static void load_imports(Program *p, Unit *u) {
    for (uint32_t i = 0; i < u->mod->body.n && !p->failed; i++) {
        AstStmt *s = u->mod->body.items[i];
        if (s->kind == AST_IMPORT) {
            for (uint32_t k = 0; k < s->as.import.names.n && !p->failed; k++)
                load_import(p, u, s->as.import.names.items[k]->name.s, s->as.import.names.items[k]->span);
        } else if (s->kind == AST_IMPORT_FROM && !s->as.import.level && s->as.import.module.s) {
            load_import(p, u, s->as.import.module.s, s->span);
            for (uint32_t k = 0; k < s->as.import.names.n && !p->failed; k++)
                load_submodule(p, u, s->as.import.module.s, s->as.import.names.items[k]->name.s, s->span);
        }
    }
}

/* Parses u and the modules it imports, then analyses u. */
static bool load_unit(Program *p, Unit *u, bool dump, int *status) {
    if (!parse_unit(p, u, dump, status))
        return false;
    u->loading = true;
    load_imports(p, u);
    u->loading = false;
    if (p->failed || p->diag.nerrors)
        return false;
    p->diag.src = &u->src;
    SemaCtx scx = {.arena = &p->arena, .diag = &p->diag, .src = &u->src, .types = &p->types,
                   .modules = p->done, .nmodules = p->ndone};
    u->sm = sema_analyze(&scx, u->mod, u->name);
    if (!u->sm || p->diag.nerrors)
        return false;
    p->order[p->ndone] = u;
    p->done[p->ndone++] = u->sm;
    return true;
}

/* ---- back half: typed AST -> IR -> verified IR ---- */

static int lower_unit(Program *p, Unit *u) {
    p->diag.src = &u->src;
    bool main_module = u == p->units[0] && !p->opt->lib;
    LowerCtx lcx = {.arena = &p->arena, .diag = &p->diag, .src = &u->src,
                    .module_name = main_module ? NULL : u->pyname ? u->pyname : u->name};
    u->ir = ir_lower_module(&lcx, u->sm, u->mod);
    if (!u->ir || p->diag.nerrors)
        return 1;
    if (!u->ir->src)
        u->ir->src = &u->src;
    if (ir_verify_module(stderr, u->ir) != 0) {
        fprintf(stderr, "adder: internal error: the IR of '%s' failed verification\n", u->path);
        return DRIVER_STATUS_INTERNAL;
    }
    return 0;
}

/* The emitter's options for u: with main() only for the program's input. */
static EmitOptions emit_options(const Program *p, const Unit *u, const char *header,
                                const char **includes) {
    bool input = u == p->units[0];
    for (uint32_t i = 0; i < u->ndeps; i++)
        includes[i] = path_join(NULL, u->deps[i]->name, ".h");
    return (EmitOptions){.line_directives = p->opt->debug || p->opt->size == SIZE_FULL,
                         .with_main = input && !p->opt->lib,
                         .lib = input && p->opt->lib,
                         .module = u->name,
                         .path = u->path,
                         .header = header,
                         .includes = includes,
                         .nincludes = u->ndeps};
}

static void free_includes(const char **includes, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        free((char *)includes[i]);
}

/* Writes <dir>/<stem>.c and .h of u; false after reporting an I/O error. */
static bool write_c_files(const Program *p, const Unit *u, const char *dir, const char *stem) {
    char *cpath = path_join(dir, stem, ".c"), *hpath = path_join(dir, stem, ".h");
    char *hname = path_join(NULL, stem, ".h");
    FILE *c = fopen(cpath, "w"), *h = fopen(hpath, "w");
    bool ok = c && h;
    if (ok) {
        const char *includes[DRIVER_MAX_MODULES];
        EmitOptions eo = emit_options(p, u, hname, includes);
        emit_c_module(c, h, u->ir, &eo);
        free_includes(includes, u->ndeps);
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

/* -MD: target depends on every .py read, the input first. */
static bool write_depfile(const Program *p, const char *target, const char *dir, const char *stem) {
    const char *deps[DRIVER_MAX_MODULES];
    for (uint32_t i = 0; i < p->nunits; i++)
        deps[i] = p->units[i]->path;
    char *def = path_join(dir, stem, ".d");
    const char *path = p->opt->depfile_path ? p->opt->depfile_path : def;
    bool ok = driver_write_depfile(path, target, deps, p->nunits);
    if (!ok)
        fprintf(stderr, "adder: error: cannot write '%s': %s\n", path, strerror(errno));
    free(def);
    return ok;
}

/* build and run: every module's C files in a temporary directory, then
 * $CC, then maybe the program. */
static int build_native(Program *p) {
    const DriverOptions *opt = p->opt;
    char *stem = file_stem(opt->input);
    char *tmp = driver_temp_dir();
    if (!tmp) {
        fprintf(stderr, "adder: error: cannot create a temporary directory: %s\n", strerror(errno));
        free(stem);
        return 1;
    }
    char *names[2 * DRIVER_MAX_MODULES + 1], *c_paths[DRIVER_MAX_MODULES];
    uint32_t nnames = 0, nc = 0;
    int status = 0;
    for (uint32_t i = 0; i < p->ndone && status == 0; i++) {
        Unit *u = p->order[i];
        const char *ustem = u == p->units[0] ? stem : u->name;
        names[nnames++] = path_join(NULL, ustem, ".c");
        names[nnames++] = path_join(NULL, ustem, ".h");
        c_paths[nc++] = path_join(tmp, ustem, ".c");
        if (!write_c_files(p, u, tmp, ustem))
            status = 1;
    }
    char *tmp_exe = path_join(tmp, stem, "");
    if (status == 0) {
        const char *exe = opt->command == CMD_RUN ? tmp_exe : opt->output ? opt->output : stem;
        status = driver_cc_build(opt, (const char *const *)c_paths, nc, exe);
        if (status == 0 && opt->depfile && opt->command == CMD_BUILD &&
            !write_depfile(p, exe, NULL, stem))
            status = 1;
        if (status == 0 && opt->command == CMD_RUN)
            status = driver_run_program(opt, tmp_exe);
    }
    names[nnames++] = dup_str(stem);
    if (status == DRIVER_STATUS_INTERNAL)
        fprintf(stderr, "adder: note: the generated C is kept in '%s'\n", tmp);
    else
        driver_temp_remove(tmp, (const char *const *)names,
                           opt->command == CMD_RUN ? nnames : nnames - 1);
    for (uint32_t i = 0; i < nnames; i++)
        free(names[i]);
    for (uint32_t i = 0; i < nc; i++)
        free(c_paths[i]);
    free(tmp_exe);
    free(tmp);
    free(stem);
    return status;
}

static int compile_input(Program *p) {
    const DriverOptions *opt = p->opt;
    Unit *u = p->units[0];
    const char *dir = opt->output ? opt->output : ".";
    if (opt->output)
        mkdir(opt->output, 0777); /* an existing directory is fine */
    if (!write_c_files(p, u, dir, u->name))
        return 1;
    if (!opt->depfile)
        return 0;
    char *target = path_join(dir, u->name, ".c");
    bool ok = write_depfile(p, target, dir, u->name);
    free(target);
    return ok ? 0 : 1;
}

static int codegen(Program *p) {
    const DriverOptions *opt = p->opt;
    Unit *input = p->units[0];
    /* compile and --emit need the input's IR only; build needs all. */
    bool all = opt->command == CMD_BUILD || opt->command == CMD_RUN;
    for (uint32_t i = 0; i < p->ndone; i++) {
        if (!all && p->order[i] != input)
            continue;
        int status = lower_unit(p, p->order[i]);
        if (status)
            return status;
    }
    if (opt->command == CMD_EMIT && opt->emit == EMIT_IR) {
        ir_print_module(stdout, input->ir);
        return 0;
    }
    if (opt->command == CMD_EMIT) {
        const char *includes[DRIVER_MAX_MODULES];
        EmitOptions eo = emit_options(p, input, NULL, includes);
        emit_c_module(stdout, NULL, input->ir, &eo);
        free_includes(includes, input->ndeps);
        return 0;
    }
    if (opt->command == CMD_COMPILE)
        return compile_input(p);
    return build_native(p);
}

/* compile of a module inside packages (directories with __init__.py):
 * a/pkg/sub/mod.py is "pkg.sub.mod" with *root "a"; a/pkg/__init__.py is
 * "pkg". Elsewhere: the stem, and the file's directory. Malloc'ed. */
static char *package_of(const char *path, char **root) {
    char *stem = file_stem(path);
    char *dir = file_dir(path);
    char cwd[PATH_CAP];
    if (dir[0] != '/' && !getcwd(cwd, sizeof cwd)) {
        *root = dir;
        return stem;
    }
    char *abs = dir[0] == '/' ? dup_str(dir) : strcmp(dir, ".") ? path_join(cwd, dir, "") : dup_str(cwd);
    Buf name = {0};
    buf_puts(&name, strcmp(stem, "__init__") ? stem : "");
    for (;;) {
        char *init = path_join(abs, "__init__", ".py");
        bool pkg = is_file(init) && strcmp(abs, "/") != 0;
        free(init);
        if (!pkg)
            break;
        const char *base = strrchr(abs, '/') + 1;
        Buf next = {0};
        buf_printf(&next, "%s%s%s", base, name.len ? "." : "", buf_cstr(&name));
        buf_free(&name);
        name = next;
        char *parent = file_dir(abs);
        free(abs);
        abs = parent;
    }
    if (!name.len) { /* a lone __init__.py */
        free(abs);
        *root = dir;
        return stem;
    }
    free(stem);
    free(dir);
    *root = abs;
    return (char *)buf_cstr(&name);
}

int driver_run(const DriverOptions *opt) {
    Program *p = zalloc(sizeof *p);
    p->opt = opt;
    arena_init(&p->arena);
    types_init(&p->types, &p->arena);
    diag_init(&p->diag, NULL, stderr);
    int status = 1;
    char *pyname = NULL, *stem = NULL;
    if (opt->command == CMD_COMPILE) {
        pyname = package_of(opt->input, &p->root);
        stem = mangled_name(pyname);
    } else {
        p->root = file_dir(opt->input);
    }
    if (stem && !is_identifier(stem)) {
        fprintf(stderr, "adder: error: cannot compile '%s' as a module: '%s' is not an identifier\n",
                opt->input, pyname);
        goto done;
    }
    Unit *input = new_unit(p, stem ? stem : DRIVER_MAIN_MODULE, opt->input);
    if (input && pyname)
        input->pyname = dup_str(pyname);
    if (load_unit(p, input, true, &status)) {
        if (opt->command == CMD_CHECK ||
            (opt->command == CMD_EMIT && opt->emit != EMIT_IR && opt->emit != EMIT_C))
            status = 0;
        else
            status = codegen(p);
    }
done:
    fflush(stdout);
    for (uint32_t i = 0; i < p->nunits; i++)
        free_unit(p->units[i]);
    free(stem);
    free(pyname);
    free(p->root);
    types_free(&p->types);
    diag_free(&p->diag);
    arena_free(&p->arena);
    free(p);
    return status;
}

/* driver/main.c: the `adder` command line.
 *
 *   adder --emit=tokens|ast|ast-json|ir|c FILE   dump a stage to stdout
 *   adder check FILE                        parse and check, print diagnostics
 *   adder build FILE [-o EXE] [-O0..-O3] [-g] [x.c x.o ...] [-I DIR] [-L DIR] [-l LIB]
 *   adder run FILE [ARGS...]                build in a temporary directory and run
 *   adder compile FILE -o DIR               write DIR/<stem>.c and DIR/<stem>.h
 *   adder --version | --help
 *
 * Exit status: 0 success, 1 the program was rejected (diagnostics printed on
 * stderr), 2 usage error, 3 internal compiler error; `run` returns the
 * program's own status. The work itself is in driver/pipeline.c. */
#include "driver/driver.h"
#include "driver/target.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: adder [--emit=tokens|ast|ast-json|ir|c] [-g] FILE.py\n"
    "       adder check FILE.py\n"
    "       adder build FILE.py [-o EXE] [-O0|-O1|-O2|-O3] [-g] [FILE.c|FILE.o ...]\n"
    "                           [-I DIR] [-L DIR] [-l LIB]\n"
    "       adder run FILE.py [ARGS...]\n"
    "       adder compile FILE.py -o DIR\n"
    "       adder --version | --help\n"
    "common options: --target=host|cortex-m0|cortex-m3|cortex-m4f|cortex-m7|armv7-linux\n"
    "                --heap=SIZE (e.g. 16K, 1M)  --size[=full]  -MD [-MF FILE]\n"
    "\n"
    "  --emit=tokens    print the token stream\n"
    "  --emit=ast       print the syntax tree as an indented dump\n"
    "  --emit=ast-json  print the syntax tree as JSON in CPython's ast vocabulary\n"
    "  --emit=ir        print the intermediate representation (of FILE's module only)\n"
    "  --emit=c         print the generated C translation unit (of FILE's module only)\n"
    "  check            parse and check the program; print diagnostics only\n"
    "  build            compile to a native executable (default: the file's stem)\n"
    "  run              build into a temporary directory and run with ARGS\n"
    "  compile          write the generated C and its header into DIR (FILE's module only;\n"
    "                   each imported module is compiled by its own `adder compile`)\n"
    "  -I DIR           also look for imported modules in DIR (after FILE's directory)\n"
    "  -g               #line directives to the .py file and C debug info\n"
    "  --target=T       build for T; `run` runs it under the matching QEMU\n"
    "  --heap=SIZE      bytes of the static heap arena on bare-metal targets\n"
    "  --size[=full]    print flash, RAM, heap and stack use of the built program\n"
    "  --lib            (compile) no main(): the firmware calls adder_init_<module>()\n"
    "  -MD [-MF FILE]   write a depfile of the .py files (and C headers) read\n"
    "  environment: CC  the C compiler (default cc)\n";

static int usage_error(const char *fmt, const char *arg) {
    fputs("adder: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n", stderr);
    fputs(usage_text, stderr);
    return 2;
}

static bool parse_emit(DriverOptions *opt, const char *what) {
    static const struct { const char *name; EmitKind kind; } kinds[] = {
        {"tokens", EMIT_TOKENS}, {"ast", EMIT_AST}, {"ast-json", EMIT_AST_JSON},
        {"ir", EMIT_IR}, {"c", EMIT_C},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (!strcmp(what, kinds[i].name)) {
            opt->emit = kinds[i].kind;
            return true;
        }
    return false;
}

static bool parse_command(DriverOptions *opt, const char *a) {
    static const struct { const char *name; DriverCommand cmd; } cmds[] = {
        {"check", CMD_CHECK}, {"build", CMD_BUILD}, {"run", CMD_RUN}, {"compile", CMD_COMPILE},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
        if (!strcmp(a, cmds[i].name)) {
            opt->command = cmds[i].cmd;
            return true;
        }
    return false;
}

static bool is_opt_level(const char *a) {
    return a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && a[3] == 0;
}

/* --heap=SIZE: decimal bytes with an optional K or M suffix (1024-based). */
static bool parse_size(const char *s, uint32_t *out) {
    uint64_t v = 0;
    const char *p = s;
    if (*p < '0' || *p > '9')
        return false;
    for (; *p >= '0' && *p <= '9'; p++) {
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > UINT32_MAX)
            return false;
    }
    if (*p == 'K' || *p == 'k')
        v *= 1024u, p++;
    else if (*p == 'M' || *p == 'm')
        v *= 1024u * 1024u, p++;
    if (*p || v == 0 || v > UINT32_MAX)
        return false;
    *out = (uint32_t)v;
    return true;
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && !strcmp(s + n - k, suffix);
}

static int add_cc_arg(DriverOptions *opt, const char *a) {
    if (opt->ncc_args + 1 >= DRIVER_MAX_ARGS)
        return usage_error("too many C compiler arguments (at most %s)", "255");
    opt->cc_args[opt->ncc_args++] = a;
    return 0;
}

/* Words the command line joined ("-I" "DIR" -> "-IDIR"), freed at exit. */
typedef struct Joined {
    char *words[DRIVER_MAX_ARGS];
    uint32_t n;
} Joined;

/* -I DIR / -IDIR (and -L, -l): the pass-through flags, joined into one word. */
static int pass_through(DriverOptions *opt, Joined *joined, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (a[2])
        return add_cc_arg(opt, a);
    if (*i + 1 >= argc)
        return usage_error("'%s' needs an argument", a);
    const char *val = argv[++*i];
    size_t n = strlen(val) + 3;
    if (joined->n >= DRIVER_MAX_ARGS)
        return usage_error("too many C compiler arguments (at most %s)", "255");
    char *buf = malloc(n);
    if (!buf)
        return usage_error("%s", "out of memory");
    joined->words[joined->n++] = buf;
    snprintf(buf, n, "%c%c%s", a[0], a[1], val);
    return add_cc_arg(opt, buf);
}

static void free_joined(Joined *joined) {
    for (uint32_t i = 0; i < joined->n; i++)
        free(joined->words[i]);
    joined->n = 0;
}

/* Parses the command line and runs it; returns the exit status. */
static int parse_and_run(int argc, char **argv, Joined *joined) {
    DriverOptions opt = {.command = CMD_EMIT, .emit = EMIT_NONE};
    bool have_command = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("adder %s\n", ADDER_VERSION_STRING);
            return 0;
        } else if (!strncmp(a, "--emit=", 7)) {
            if (!parse_emit(&opt, a + 7))
                return usage_error("unknown --emit kind '%s'", a + 7);
        } else if (!strcmp(a, "-o")) {
            if (i + 1 >= argc)
                return usage_error("%s", "'-o' needs an argument");
            opt.output = argv[++i];
        } else if (is_opt_level(a)) {
            opt.opt_level = a;
        } else if (!strcmp(a, "-g")) {
            opt.debug = true;
        } else if (!strncmp(a, "--target=", 9)) {
            opt.target = a + 9;
            if (!driver_target_find(opt.target))
                return usage_error("unknown target '%s' (targets: host, cortex-m0, cortex-m3, "
                                   "cortex-m4f, cortex-m7, armv7-linux)", opt.target);
        } else if (!strncmp(a, "--heap=", 7)) {
            if (!parse_size(a + 7, &opt.heap_bytes))
                return usage_error("bad --heap size '%s' (want e.g. 16384, 16K or 1M)", a + 7);
        } else if (!strcmp(a, "--size")) {
            opt.size = SIZE_SUMMARY;
        } else if (!strcmp(a, "--size=full")) {
            opt.size = SIZE_FULL;
        } else if (!strcmp(a, "--lib")) {
            opt.lib = true;
        } else if (!strcmp(a, "-MD")) {
            opt.depfile = true;
        } else if (!strcmp(a, "-MF")) {
            if (i + 1 >= argc)
                return usage_error("%s", "'-MF' needs an argument");
            opt.depfile_path = argv[++i];
        } else if (!strncmp(a, "-I", 2) || !strncmp(a, "-L", 2) || !strncmp(a, "-l", 2)) {
            if (pass_through(&opt, joined, argc, argv, &i))
                return 2;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else if (!have_command && !opt.input && parse_command(&opt, a)) {
            have_command = true;
        } else if (!opt.input) {
            opt.input = a;
            if (opt.command == CMD_RUN) {
                opt.run_args = (const char *const *)argv + i + 1;
                opt.nrun_args = (uint32_t)(argc - i - 1);
                break;
            }
        } else if (opt.command == CMD_BUILD &&
                   (has_suffix(a, ".c") || has_suffix(a, ".o") || has_suffix(a, ".a"))) {
            if (add_cc_arg(&opt, a))
                return 2;
        } else {
            return usage_error("unexpected argument '%s'", a);
        }
    }
    if (!opt.input)
        return usage_error("%s", "no input file");
    if (have_command && opt.emit != EMIT_NONE)
        return usage_error("%s", "a command does not take --emit");
    if (!have_command && opt.emit == EMIT_NONE)
        return usage_error("%s", "nothing to do: give a command or --emit");
    if (opt.command == CMD_COMPILE && !opt.output)
        return usage_error("%s", "'compile' needs -o DIR");
    const Target *target = driver_target_find(opt.target);
    if (opt.heap_bytes && !(target && driver_target_is_bare_metal(target)))
        return usage_error("%s", "--heap sizes the static arena of a bare-metal target: give "
                                 "--target=cortex-m0|cortex-m3|cortex-m4f|cortex-m7");
    if (opt.size != SIZE_NONE && opt.command != CMD_BUILD && opt.command != CMD_RUN)
        return usage_error("%s", "--size reports on a linked program: use it with build or run");
    return driver_run(&opt);
}

int main(int argc, char **argv) {
    Joined joined = {.n = 0};
    int status = parse_and_run(argc, argv, &joined);
    free_joined(&joined);
    return status;
}

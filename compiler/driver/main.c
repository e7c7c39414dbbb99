/* driver/main.c: the `adder` command line.
 *
 *   adder --emit=tokens|ast|ast-json FILE   dump a front-end stage to stdout
 *   adder check FILE                        parse and check, print diagnostics
 *   adder --version | --help
 *
 * Exit status: 0 success, 1 the program was rejected (diagnostics printed on
 * stderr), 2 usage error. The work itself is in driver/pipeline.c. */
#include "driver/driver.h"

#include <stdio.h>
#include <string.h>

static const char usage_text[] =
    "usage: adder [--emit=tokens|ast|ast-json] FILE.py\n"
    "       adder check FILE.py\n"
    "       adder --version | --help\n"
    "\n"
    "  --emit=tokens    print the token stream\n"
    "  --emit=ast       print the syntax tree as an indented dump\n"
    "  --emit=ast-json  print the syntax tree as JSON in CPython's ast vocabulary\n"
    "  check            parse and check the program; print diagnostics only\n";

static int usage_error(const char *fmt, const char *arg) {
    fputs("adder: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n", stderr);
    fputs(usage_text, stderr);
    return 2;
}

int main(int argc, char **argv) {
    DriverOptions opt = {.emit = EMIT_NONE};
    const char *command = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("adder %s\n", ADDER_VERSION_STRING);
            return 0;
        } else if (!strncmp(a, "--emit=", 7)) {
            const char *what = a + 7;
            if (!strcmp(what, "tokens"))
                opt.emit = EMIT_TOKENS;
            else if (!strcmp(what, "ast"))
                opt.emit = EMIT_AST;
            else if (!strcmp(what, "ast-json"))
                opt.emit = EMIT_AST_JSON;
            else
                return usage_error("unknown --emit kind '%s'", what);
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else if (!command && !opt.input && !strcmp(a, "check")) {
            command = a;
        } else if (!opt.input) {
            opt.input = a;
        } else {
            return usage_error("unexpected argument '%s'", a);
        }
    }
    if (!opt.input)
        return usage_error("%s", "no input file");
    if (command && opt.emit != EMIT_NONE)
        return usage_error("%s", "'check' does not take --emit");
    if (!command && opt.emit == EMIT_NONE)
        return usage_error("%s", "nothing to do: give a command or --emit");
    return driver_run(&opt);
}

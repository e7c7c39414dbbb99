/* driver/cc.c: running the C compiler and the compiled program.
 *
 * The runtime is found relative to the running `adder` (readlink of
 * /proc/self/exe): the build tree puts libadder-rt.a next to adder (or one
 * level up, for test executables in tests/) and the headers are in the
 * source tree (ADDER_SOURCE_INCLUDE_DIR, set by CMake); an installed layout
 * has <prefix>/bin/adder, <prefix>/lib/libadder-rt.a and
 * <prefix>/include/adder/. The C compiler is $CC (default "cc"; a value
 * with spaces such as "ccache gcc" is split into words). Processes are
 * started with posix_spawnp and an argument vector: no shell, so no
 * quoting problems; the command line is shell-quoted only when reported. */
#include "driver/driver.h"
#include "support/util.h"

#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#ifndef ADDER_SOURCE_INCLUDE_DIR
#define ADDER_SOURCE_INCLUDE_DIR ""
#endif

/* Words of $CC, plus the fixed flags, the files and the user's flags. */
enum { MAX_CC_ARGV = DRIVER_MAX_ARGS + 32, PATH_CAP = 4096 };

static bool file_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* Directory of the running executable into buf ("" if unknown). */
static void exe_dir(char *buf, size_t cap) {
    ssize_t n = readlink("/proc/self/exe", buf, cap - 1);
    if (n <= 0) {
        buf[0] = 0;
        return;
    }
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = 0;
}

/* First of dir/<rel> for the candidates that exists, into out. */
static bool find_in(char *out, size_t cap, const char *dir, const char *const *rels, size_t n) {
    for (size_t i = 0; i < n; i++) {
        snprintf(out, cap, "%s/%s", dir, rels[i]);
        if (file_exists(out))
            return true;
    }
    return false;
}

static bool find_runtime(char *lib, char *inc, size_t cap) {
    char dir[PATH_CAP];
    exe_dir(dir, sizeof dir);
    static const char *const libs[] = {"libadder-rt.a", "../libadder-rt.a", "../lib/libadder-rt.a"};
    if (!find_in(lib, cap, dir, libs, sizeof libs / sizeof *libs))
        return false;
    snprintf(inc, cap, "%s/adder/adder.h", ADDER_SOURCE_INCLUDE_DIR);
    if (ADDER_SOURCE_INCLUDE_DIR[0] && file_exists(inc)) {
        snprintf(inc, cap, "%s", ADDER_SOURCE_INCLUDE_DIR);
        return true;
    }
    snprintf(inc, cap, "%s/../include/adder/adder.h", dir);
    if (!file_exists(inc))
        return false;
    snprintf(inc, cap, "%s/../include", dir);
    return true;
}

/* Shell-quotes one word for messages. */
static void quote_word(Buf *b, const char *w) {
    bool plain = *w != 0;
    for (const char *p = w; *p; p++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=+:,@%", *p))
            plain = false;
    if (plain) {
        buf_puts(b, w);
        return;
    }
    buf_push(b, '\'');
    for (const char *p = w; *p; p++) {
        if (*p == '\'')
            buf_puts(b, "'\\''");
        else
            buf_push(b, *p);
    }
    buf_push(b, '\'');
}

static void report_command(const char *what, char *const *argv) {
    Buf b = {0};
    for (int i = 0; argv[i]; i++) {
        if (i)
            buf_push(&b, ' ');
        quote_word(&b, argv[i]);
    }
    fprintf(stderr, "adder: internal error: %s\n  command: %s\n", what, buf_cstr(&b));
    buf_free(&b);
}

/* Spawns argv and waits; returns the exit status, 128 + signal, or -1
 * (errno set) if it could not start. */
static int spawn_wait(char *const *argv) {
    pid_t pid;
    fflush(stdout);
    fflush(stderr);
    int rc = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

/* Splits $CC into words (in place in a copy kept by the caller). */
static int split_cc(char *cc, char **argv, int max) {
    int n = 0;
    for (char *tok = strtok(cc, " \t"); tok && n < max; tok = strtok(NULL, " \t"))
        argv[n++] = tok;
    return n;
}

int driver_cc_build(const DriverOptions *opt, const char *const *c_paths, uint32_t nc,
                    const char *exe) {
    char lib[PATH_CAP], inc[PATH_CAP], inc_flag[PATH_CAP + 2];
    if (!find_runtime(lib, inc, sizeof lib)) {
        fprintf(stderr, "adder: internal error: cannot find the runtime (libadder-rt.a and "
                        "include/adder) next to the adder executable\n");
        return DRIVER_STATUS_INTERNAL;
    }
    snprintf(inc_flag, sizeof inc_flag, "-I%s", inc);
    const char *env_cc = getenv("CC");
    char *cc = strdup(env_cc && *env_cc ? env_cc : "cc");
    if (!cc)
        fatal_oom();
    char *argv[MAX_CC_ARGV];
    int n = split_cc(cc, argv, 8);
    if (n == 0)
        argv[n++] = "cc";
    argv[n++] = "-std=c99";
    argv[n++] = (char *)(opt->opt_level ? opt->opt_level : "-O2");
    if (opt->debug)
        argv[n++] = "-g";
#if ADDER_RUNTIME_SANITIZED
    /* The runtime next to this adder was built with ASan/UBSan
     * (ADDER_SANITIZE): programs must link the sanitizers too, and so get
     * checked by them in the test suite. */
    argv[n++] = "-fsanitize=address,undefined";
    argv[n++] = "-fno-sanitize-recover=all";
#endif
    argv[n++] = inc_flag;
    for (uint32_t i = 0; i < opt->ncc_args; i++)
        if (!strncmp(opt->cc_args[i], "-I", 2))
            argv[n++] = (char *)opt->cc_args[i];
    argv[n++] = "-o";
    argv[n++] = (char *)exe;
    for (uint32_t i = 0; i < nc; i++)
        argv[n++] = (char *)c_paths[i];
    for (uint32_t i = 0; i < opt->ncc_args; i++)
        if (strncmp(opt->cc_args[i], "-I", 2))
            argv[n++] = (char *)opt->cc_args[i];
    argv[n++] = lib;
    argv[n++] = "-lm";
    argv[n] = NULL;
    int status = spawn_wait(argv);
    int result = 0;
    if (status != 0) {
        char what[128];
        if (status < 0)
            snprintf(what, sizeof what, "cannot run the C compiler: %s", strerror(errno));
        else
            snprintf(what, sizeof what, "the C compiler failed (exit status %d)", status);
        report_command(what, argv);
        result = DRIVER_STATUS_INTERNAL;
    }
    free(cc);
    return result;
}

int driver_spawn_run(const char *exe, const char *const *args, uint32_t n) {
    char **argv = xmalloc(sizeof *argv * (n + 2));
    argv[0] = (char *)exe;
    for (uint32_t i = 0; i < n; i++)
        argv[i + 1] = (char *)args[i];
    argv[n + 1] = NULL;
    int status = spawn_wait(argv);
    if (status < 0) {
        char what[128];
        snprintf(what, sizeof what, "cannot run the program: %s", strerror(errno));
        report_command(what, argv);
        status = DRIVER_STATUS_INTERNAL;
    }
    free(argv);
    return status;
}

int driver_run_program(const DriverOptions *opt, const char *exe) {
    return driver_spawn_run(exe, opt->run_args, opt->nrun_args);
}

char *driver_temp_dir(void) {
    const char *tmp = getenv("TMPDIR");
    char path[PATH_CAP];
    snprintf(path, sizeof path, "%s/adder-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(path))
        return NULL;
    char *out = strdup(path);
    if (!out)
        fatal_oom();
    return out;
}

void driver_temp_remove(const char *dir, const char *const *files, uint32_t n) {
    char path[PATH_CAP];
    for (uint32_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

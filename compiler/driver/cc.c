/* driver/cc.c: running the C compiler and the compiled program.
 *
 * Host builds find the runtime relative to the running `adder` (readlink
 * of /proc/self/exe): the build tree puts libadder-rt.a next to adder (or
 * one level up, for test executables in tests/) and the headers are in the
 * source tree (ADDER_SOURCE_INCLUDE_DIR, set by CMake); an installed layout
 * has <prefix>/bin/adder, <prefix>/lib/libadder-rt.a, <prefix>/include.
 * The host C compiler is $CC (default "cc"; "ccache gcc" is split into
 * words).
 *
 * Other targets (target.h) build their runtime on demand: the runtime/ C files,
 * found in the source tree (ADDER_SOURCE_INCLUDE_DIR/../runtime) or the
 * install (<prefix>/share/adder/runtime), compiled with the target's flags
 * into a cache directory ($ADDER_CACHE_DIR, else $XDG_CACHE_HOME/adder,
 * else ~/.cache/adder) named after the target and a hash of the sources,
 * headers and flags. Builders hold a lock on the entry, build in a private
 * temporary directory and rename() it into place, so parallel builds never
 * see a half-built runtime. The .su/.ci stack files of the runtime stay
 * in the entry for the size report.
 *
 * A build compiles each C file to an object beside it (with -fstack-usage
 * and -fcallgraph-info when --size asks), then links with --gc-sections
 * and a map file; bare-metal targets add the board's startup code and
 * linker scripts and the static heap size (--defsym). A bare-metal link
 * that overflows a memory region is redone once with enlarged regions for
 * the size report only, and the build fails. Processes are started with
 * posix_spawnp and an argument vector: no shell, so no quoting problems;
 * the command line is shell-quoted only when reported. */
#include "driver/driver.h"
#include "driver/size.h"
#include "driver/target.h"
#include "support/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#ifndef ADDER_SOURCE_INCLUDE_DIR
#define ADDER_SOURCE_INCLUDE_DIR ""
#endif

/* Words of $CC, plus the fixed flags, the files and the user's flags. */
enum { MAX_CC_ARGV = DRIVER_MAX_ARGS + 64, PATH_CAP = 4096 };
/* Most runtime source files compiled into a cached runtime. */
enum { MAX_RT_SOURCES = 64 };
/* Seconds a program run under QEMU may take before it is stopped (a hung
 * firmware never exits); $ADDER_RUN_TIMEOUT overrides it. */
enum { RUN_TIMEOUT_S = 60 };
/* Exit status of a stopped run, as timeout(1) returns. */
enum { RUN_TIMEOUT_STATUS = 124 };
/* Bytes of each region in the report-only relink of a program that did
 * not fit: large enough for any program, small enough for the map. */
#define REPORT_REGION_BYTES (256u * 1024u * 1024u)

/* An argument vector under construction; argv[n] stays NULL. */
typedef struct Cmd {
    char *argv[MAX_CC_ARGV];
    int n;
} Cmd;

/* One build: the target, where things are, and the files it made (removed
 * at the end; the temporary directory itself belongs to the caller). */
typedef struct Build {
    const DriverOptions *opt;
    const Target *t;
    char tmp[PATH_CAP];     /* directory of the generated C: objects go here */
    char inc[PATH_CAP];     /* runtime headers (the directory holding adder/) */
    char lib[PATH_CAP];     /* libadder-rt.a for the target */
    char rt_src[PATH_CAP];  /* runtime sources (non-host targets) */
    char rt_dir[PATH_CAP];  /* the cache entry (non-host targets) */
    char *cc_words;         /* $CC split in place (host) */
    VEC(char *) made;       /* files to remove */
    VEC(char *) strs;       /* strings to free */
    VEC(char *) objs;       /* objects to link */
} Build;

static bool file_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* snprintf into a PATH_CAP buffer; a longer path is cut (and then simply
 * not found). */
ADDER_PRINTF(2, 3) static void pathf(char *out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, PATH_CAP, fmt, ap);
    va_end(ap);
}

/* A malloc'ed string from a printf format. */
ADDER_PRINTF(1, 2) static char *xprintf(const char *fmt, ...) {
    Buf buf = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&buf, fmt, ap);
    va_end(ap);
    return (char *)buf_cstr(&buf);
}

static void cmd_add(Cmd *c, const char *w) {
    if (c->n < MAX_CC_ARGV - 1)
        c->argv[c->n++] = (char *)w;
    c->argv[c->n] = NULL;
}

static void cmd_list(Cmd *c, const char *const *ws) {
    for (; ws && *ws; ws++)
        cmd_add(c, *ws);
}

/* A string the build frees at the end (returned for use). */
static char *own(Build *b, char *s) {
    vec_push(&b->strs, s);
    return s;
}

/* A path the build made, to remove at the end (returned for use). */
static char *made(Build *b, char *path) {
    vec_push(&b->made, path);
    return path;
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

/* snprintf of a path into out; false (out unusable) if it did not fit. */
static bool path_fmt(char *out, size_t cap, const char *fmt, ...) ADDER_PRINTF(3, 4);
static bool path_fmt(char *out, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, cap, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= cap) {
        out[0] = 0;
        return false;
    }
    return true;
}

/* First of dir/<rel> for the candidates that exists, into out. */
static bool find_in(char *out, size_t cap, const char *dir, const char *const *rels, size_t n) {
    for (size_t i = 0; i < n; i++) {
        path_fmt(out, cap, "%s/%s", dir, rels[i]);
        if (file_exists(out))
            return true;
    }
    return false;
}

/* The runtime headers: the source tree's, else <exe>/../include. */
static bool find_include(char *inc, size_t cap) {
    char dir[PATH_CAP];
    path_fmt(inc, cap, "%s/adder/adder.h", ADDER_SOURCE_INCLUDE_DIR);
    if (ADDER_SOURCE_INCLUDE_DIR[0] && file_exists(inc)) {
        path_fmt(inc, cap, "%s", ADDER_SOURCE_INCLUDE_DIR);
        return true;
    }
    exe_dir(dir, sizeof dir);
    path_fmt(inc, cap, "%s/../include/adder/adder.h", dir);
    if (!file_exists(inc))
        return false;
    path_fmt(inc, cap, "%s/../include", dir);
    return true;
}

static bool find_host_runtime(char *lib, char *inc, size_t cap) {
    char dir[PATH_CAP];
    exe_dir(dir, sizeof dir);
    static const char *const libs[] = {"libadder-rt.a", "../libadder-rt.a", "../lib/libadder-rt.a"};
    return find_in(lib, cap, dir, libs, sizeof libs / sizeof *libs) && find_include(inc, cap);
}

/* The runtime sources: <include>/../runtime (source tree) or
 * <exe>/../share/adder/runtime (install). */
static bool find_runtime_sources(char *src, size_t cap) {
    char dir[PATH_CAP], probe[PATH_CAP + 16];
    if (ADDER_SOURCE_INCLUDE_DIR[0]) {
        path_fmt(src, cap, "%s/../runtime", ADDER_SOURCE_INCLUDE_DIR);
        path_fmt(probe, sizeof probe, "%s/alloc.c", src);
        if (file_exists(probe))
            return true;
    }
    exe_dir(dir, sizeof dir);
    path_fmt(src, cap, "%s/../share/adder/runtime", dir);
    path_fmt(probe, sizeof probe, "%s/alloc.c", src);
    return file_exists(probe);
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

/* Starts argv (stderr into err_path if not NULL); returns its pid or -1
 * (errno set). */
static pid_t spawn(char *const *argv, const char *err_path) {
    pid_t pid;
    posix_spawn_file_actions_t fa;
    fflush(stdout);
    fflush(stderr);
    posix_spawn_file_actions_init(&fa);
    if (err_path)
        posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    return pid;
}

static int wait_status(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

/* Spawns argv and waits; returns the exit status, 128 + signal, or -1
 * (errno set) if it could not start. */
static int spawn_wait_err(char *const *argv, const char *err_path) {
    pid_t pid = spawn(argv, err_path);
    if (pid < 0)
        return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return wait_status(status);
}

static int spawn_wait(char *const *argv) {
    return spawn_wait_err(argv, NULL);
}

/* Like spawn_wait, but kills the process after timeout_s seconds and
 * returns RUN_TIMEOUT_STATUS. Polls: no signal handlers, no global state. */
static int spawn_wait_timeout(char *const *argv, long timeout_s) {
    pid_t pid = spawn(argv, NULL);
    if (pid < 0)
        return -1;
    struct timespec start, now, nap = {0, 1000000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int status = 0;
        pid_t got = waitpid(pid, &status, WNOHANG);
        if (got == pid)
            return wait_status(status);
        if (got < 0 && errno != EINTR)
            return -1;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= timeout_s) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            fprintf(stderr, "adder: error: the program did not finish within %ld s; stopped it\n",
                    timeout_s);
            return RUN_TIMEOUT_STATUS;
        }
        nanosleep(&nap, NULL);
        if (nap.tv_nsec < 20000000)
            nap.tv_nsec *= 2;
    }
}

/* Runs argv; on failure reports it and returns false. */
static bool run_checked(char *const *argv, const char *what) {
    int status = spawn_wait(argv);
    if (status == 0)
        return true;
    char msg[160];
    if (status < 0)
        snprintf(msg, sizeof msg, "cannot run %s: %s", what, strerror(errno));
    else
        snprintf(msg, sizeof msg, "%s failed (exit status %d)", what, status);
    report_command(msg, argv);
    return false;
}

/* ---- the cached runtime of a cross target ---- */

/* FNV-1a, 64 bits: the cache key of a runtime build. */
static uint64_t hash_bytes(uint64_t h, const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ull;
    return h;
}

static uint64_t hash_str(uint64_t h, const char *s) {
    return hash_bytes(h, s, strlen(s) + 1);
}

static bool has_ext(const char *name, const char *ext) {
    size_t n = strlen(name), k = strlen(ext);
    return n > k && !strcmp(name + n - k, ext);
}

/* Hashes the names and contents of dir's files ending in ext (sorted);
 * with names != NULL also collects them (malloc'ed) there. */
static uint64_t hash_dir(uint64_t h, const char *dir, const char *ext, char **names,
                         int *nnames) {
    struct dirent **ents = NULL;
    int n = scandir(dir, &ents, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        const char *name = ents[i]->d_name;
        if (has_ext(name, ext) && name[0] != '.') {
            char path[PATH_CAP];
            size_t len = 0;
            pathf(path, "%s/%s", dir, name);
            char *text = read_file(path, &len);
            h = hash_str(h, name);
            if (text)
                h = hash_bytes(h, text, len);
            free(text);
            if (names && *nnames < MAX_RT_SOURCES)
                names[(*nnames)++] = xprintf("%s", name);
        }
        free(ents[i]);
    }
    free(ents);
    return h;
}

/* The cache root, created if missing, into out. */
static bool cache_root(char *out, size_t cap) {
    const char *env = getenv("ADDER_CACHE_DIR");
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (env && *env)
        snprintf(out, cap, "%s", env);
    else if (xdg && *xdg)
        snprintf(out, cap, "%s/adder", xdg);
    else
        snprintf(out, cap, "%s/.cache/adder", home && *home ? home : "/tmp");
    for (char *p = out + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        mkdir(out, 0777);
        *p = '/';
    }
    if (mkdir(out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "adder: error: cannot create the cache directory '%s': %s\n", out,
                strerror(errno));
        return false;
    }
    return true;
}

/* The words every compile of runtime or generated C for t starts with. */
static void target_compile_words(Cmd *c, const Target *t, const char *inc_flag) {
    cmd_add(c, t->cc);
    cmd_list(c, t->cflags);
    cmd_list(c, t->defines);
    cmd_add(c, "-std=c99");
    cmd_add(c, "-ffunction-sections");
    cmd_add(c, "-fdata-sections");
    cmd_add(c, inc_flag);
}

/* Compiles the runtime sources into dir/libadder-rt.a. */
static bool compile_runtime(const Build *b, const char *dir, char **names, int n) {
    char inc_flag[PATH_CAP + 2], src[PATH_CAP], obj[PATH_CAP], lib[PATH_CAP];
    snprintf(inc_flag, sizeof inc_flag, "-I%s", b->inc);
    Cmd ar = {.n = 0};
    pathf(lib, "%s/libadder-rt.a", dir);
    char *objs[MAX_RT_SOURCES];
    int nobjs = 0;
    cmd_add(&ar, b->t->ar);
    cmd_add(&ar, "rcs");
    cmd_add(&ar, lib);
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        Cmd c = {.n = 0};
        target_compile_words(&c, b->t, inc_flag);
        cmd_add(&c, b->t->rt_opt);
        cmd_add(&c, "-fstack-usage");
        cmd_add(&c, "-fcallgraph-info=su");
        pathf(src, "%s/%s", b->rt_src, names[i]);
        pathf(obj, "%s/%.*s.o", dir, (int)strlen(names[i]) - 2, names[i]);
        objs[nobjs++] = xprintf("%s", obj);
        cmd_add(&c, "-c");
        cmd_add(&c, src);
        cmd_add(&c, "-o");
        cmd_add(&c, obj);
        ok = run_checked(c.argv, "compiling the runtime");
        cmd_add(&ar, objs[i]);
    }
    if (ok)
        ok = run_checked(ar.argv, "archiving the runtime");
    for (int i = 0; i < nobjs; i++)
        free(objs[i]);
    return ok;
}

/* Removes a directory and the files directly in it. */
static void remove_tree(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[PATH_CAP];
    while (d && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        pathf(path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

/* Builds the runtime into a private directory of root and renames it to
 * b->rt_dir (another builder may have won: then its entry is used). */
static bool build_runtime_entry(Build *b, const char *root, char **names, int n) {
    char tmp[PATH_CAP];
    pathf(tmp, "%s/tmp-%s-XXXXXX", root, b->t->name);
    if (!mkdtemp(tmp)) {
        fprintf(stderr, "adder: error: cannot create '%s': %s\n", tmp, strerror(errno));
        return false;
    }
    if (!compile_runtime(b, tmp, names, n)) {
        remove_tree(tmp);
        return false;
    }
    if (rename(tmp, b->rt_dir) != 0) {
        remove_tree(tmp);
        if (!file_exists(b->lib)) {
            fprintf(stderr, "adder: error: cannot create '%s': %s\n", b->rt_dir, strerror(errno));
            return false;
        }
    }
    return true;
}

/* Takes (or releases, with lock false) an exclusive lock on fd. */
static void lock_file(int fd, bool lock) {
    struct flock fl = {.l_type = lock ? F_WRLCK : F_UNLCK, .l_whence = SEEK_SET};
    while (fd >= 0 && fcntl(fd, F_SETLKW, &fl) < 0 && errno == EINTR) {
    }
}

/* Finds or builds the runtime of b->t in the cache; fills b->lib. */
static bool cached_runtime(Build *b) {
    char root[PATH_CAP], hdrs[PATH_CAP], *names[MAX_RT_SOURCES];
    int n = 0;
    if (!cache_root(root, sizeof root))
        return false;
    uint64_t h = 0xcbf29ce484222325ull;
    h = hash_str(h, b->t->name);
    h = hash_str(h, b->t->cc);
    h = hash_str(h, b->t->rt_opt);
    for (const char *const *w = b->t->cflags; *w; w++)
        h = hash_str(h, *w);
    for (const char *const *w = b->t->defines; *w; w++)
        h = hash_str(h, *w);
    pathf(hdrs, "%s/adder", b->inc);
    h = hash_dir(h, hdrs, ".h", NULL, NULL);
    h = hash_dir(h, b->rt_src, ".h", NULL, NULL);
    h = hash_dir(h, b->rt_src, ".c", names, &n);
    pathf(b->rt_dir, "%s/%s-%016llx", root, b->t->name, (unsigned long long)h);
    pathf(b->lib, "%s/libadder-rt.a", b->rt_dir);
    bool ok = true;
    if (!file_exists(b->lib)) {
        char lock[PATH_CAP];
        pathf(lock, "%s.lock", b->rt_dir);
        int fd = open(lock, O_RDWR | O_CREAT, 0644);
        lock_file(fd, true);
        if (!file_exists(b->lib))
            ok = build_runtime_entry(b, root, names, n);
        lock_file(fd, false);
        if (fd >= 0)
            close(fd);
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    return ok;
}

/* ---- compiling and linking a program ---- */

/* Fills b's runtime and header paths for its target. */
static bool locate_runtime(Build *b) {
    if (!b->t->cc) {
        if (find_host_runtime(b->lib, b->inc, PATH_CAP))
            return true;
        fprintf(stderr, "adder: internal error: cannot find the runtime (libadder-rt.a and "
                        "include/adder) next to the adder executable\n");
        return false;
    }
    if (!find_include(b->inc, PATH_CAP) || !find_runtime_sources(b->rt_src, PATH_CAP)) {
        fprintf(stderr, "adder: internal error: cannot find the runtime sources (runtime/*.c, "
                        "share/adder/runtime) to build them for %s\n", b->t->name);
        return false;
    }
    return cached_runtime(b);
}

/* The C compiler's first words: the target's, or $CC split into words. */
static void cc_words(Build *b, Cmd *c) {
    if (b->t->cc) {
        cmd_add(c, b->t->cc);
        cmd_list(c, b->t->cflags);
        return;
    }
    const char *env_cc = getenv("CC");
    b->cc_words = strdup(env_cc && *env_cc ? env_cc : "cc");
    if (!b->cc_words)
        fatal_oom();
    for (char *tok = strtok(b->cc_words, " \t"); tok && c->n < 8; tok = strtok(NULL, " \t"))
        cmd_add(c, tok);
    if (c->n == 0)
        cmd_add(c, "cc");
}

/* Flags shared by compiling and linking: what generated C must be
 * compiled with to match the runtime (and the user's -I). */
static void common_flags(Build *b, Cmd *c, const char *inc_flag) {
    const DriverOptions *opt = b->opt;
    cmd_list(c, b->t->defines);
    cmd_add(c, "-std=c99");
    cmd_add(c, opt->opt_level ? opt->opt_level : b->t->default_opt ? b->t->default_opt : "-O2");
    if (opt->debug)
        cmd_add(c, "-g");
#if ADDER_RUNTIME_SANITIZED
    /* The host runtime next to this adder was built with ASan/UBSan
     * (ADDER_SANITIZE): programs must link the sanitizers too, and so get
     * checked by them in the test suite. */
    if (!b->t->cc) {
        cmd_add(c, "-fsanitize=address,undefined");
        cmd_add(c, "-fno-sanitize-recover=all");
    }
#endif
    cmd_add(c, "-ffunction-sections");
    cmd_add(c, "-fdata-sections");
    cmd_add(c, inc_flag);
    for (uint32_t i = 0; i < opt->ncc_args; i++)
        if (!strncmp(opt->cc_args[i], "-I", 2))
            cmd_add(c, opt->cc_args[i]);
}

/* "<path without its extension><ext>", malloc'ed. */
static char *swap_ext(const char *path, const char *ext) {
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    size_t n = dot && (!slash || dot > slash) ? (size_t)(dot - path) : strlen(path);
    Buf buf = {0};
    buf_append(&buf, path, n);
    buf_puts(&buf, ext);
    return (char *)buf_cstr(&buf);
}

/* Compiles src to obj (and its stack files when --size asks). */
static bool compile_one(Build *b, const char *src, const char *obj, const char *extra) {
    char inc_flag[PATH_CAP + 2];
    snprintf(inc_flag, sizeof inc_flag, "-I%s", b->inc);
    Cmd c = {.n = 0};
    cc_words(b, &c);
    common_flags(b, &c, inc_flag);
    if (extra)
        cmd_add(&c, extra);
    /* Bare metal always: an overflow prints the report without --size. */
    if (b->opt->size != SIZE_NONE || driver_target_is_bare_metal(b->t)) {
        cmd_add(&c, "-fstack-usage");
        cmd_add(&c, "-fcallgraph-info=su");
        made(b, swap_ext(obj, ".su"));
        made(b, swap_ext(obj, ".ci"));
    }
    cmd_add(&c, "-c");
    cmd_add(&c, src);
    cmd_add(&c, "-o");
    cmd_add(&c, obj);
    bool ok = run_checked(c.argv, "the C compiler");
    free(b->cc_words);
    b->cc_words = NULL;
    return ok;
}

/* -DADDER_PROGRAM_NAME="<input as given>", malloc'ed. */
static char *program_name_flag(const char *input) {
    Buf buf = {0};
    buf_puts(&buf, "-DADDER_PROGRAM_NAME=\"");
    for (const char *p = input; *p; p++) {
        if (*p == '"' || *p == '\\')
            buf_push(&buf, '\\');
        buf_push(&buf, *p);
    }
    buf_push(&buf, '"');
    return (char *)buf_cstr(&buf);
}

/* The generated C files and, on bare metal, the board's startup code. */
static bool compile_all(Build *b, const char *const *c_paths, uint32_t nc) {
    for (uint32_t i = 0; i < nc; i++) {
        char *obj = made(b, swap_ext(c_paths[i], ".o"));
        vec_push(&b->objs, obj);
        if (!compile_one(b, c_paths[i], obj, NULL))
            return false;
    }
    if (!driver_target_is_bare_metal(b->t))
        return true;
    char *src = xprintf("%s/boards/%s", b->rt_src, "startup_cortexm.c");
    char *obj = made(b, xprintf("%s/%s", b->tmp, "adder_startup.o"));
    char *name = program_name_flag(b->opt->input ? b->opt->input : "main");
    vec_push(&b->objs, obj);
    bool ok = compile_one(b, src, obj, name);
    free(src);
    free(name);
    return ok;
}

/* Writes dir/memory.ld with b's regions enlarged, for the report relink. */
static bool write_big_memory(const Build *b, const char *path) {
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, "MEMORY\n{\n    FLASH (rx) : ORIGIN = 0x%llx, LENGTH = 0x%x\n"
               "    RAM (rwx) : ORIGIN = 0x%llx, LENGTH = 0x%x\n}\n",
            (unsigned long long)b->t->flash_origin, REPORT_REGION_BYTES,
            (unsigned long long)b->t->ram_origin, REPORT_REGION_BYTES);
    return fclose(f) == 0;
}

/* The heap arena's size: --heap, else the target's default. */
static uint32_t heap_bytes(const Build *b) {
    return b->opt->heap_bytes ? b->opt->heap_bytes : b->t->heap_bytes;
}

/* Bare-metal link flags: board scripts, heap and stack sizes. mem_dir,
 * if not NULL, is searched first for memory.ld (the report relink). */
static void board_flags(Build *b, Cmd *c, const char *mem_dir) {
    if (mem_dir)
        cmd_add(c, own(b, xprintf("-L%s", mem_dir)));
    cmd_add(c, own(b, xprintf("-L%s/boards/%s", b->rt_src, b->t->board)));
    cmd_add(c, own(b, xprintf("-L%s/boards", b->rt_src)));
    cmd_add(c, "-Tcortex-m.ld");
    cmd_add(c, own(b, xprintf("-Wl,--defsym=__adder_heap_size=%u", (unsigned)heap_bytes(b))));
    cmd_add(c, own(b, xprintf("-Wl,--defsym=__adder_stack_size=%u", (unsigned)b->t->stack_bytes)));
}

/* Copies the linker's messages to stderr (only the overflow lines when
 * the link failed because a memory region overflowed); true in that
 * case. */
static bool show_link_errors(const char *err_path, bool failed, bool bare) {
    size_t len = 0;
    char *text = read_file(err_path, &len);
    if (!text)
        return false;
    bool overflow = failed && bare &&
                    (strstr(text, "overflowed by") || strstr(text, "will not fit in region"));
    /* An overflow is reported by the size report and one line of ours. */
    if (!overflow)
        fputs(text, stderr);
    free(text);
    return overflow;
}

/* Links b's objects into exe with a map file. Linker messages are
 * passed on (see show_link_errors); *overflow tells whether a failed
 * bare-metal link overflowed a memory region. Returns the linker's status
 * (-1: did not start). The report relink (mem_dir) is quiet. */
static int link_program(Build *b, const char *exe, const char *map, const char *mem_dir,
                        bool *overflow) {
    char inc_flag[PATH_CAP + 2];
    snprintf(inc_flag, sizeof inc_flag, "-I%s", b->inc);
    Cmd c = {.n = 0};
    cc_words(b, &c);
    common_flags(b, &c, inc_flag);
    cmd_list(&c, b->t->ldflags);
    if (driver_target_is_bare_metal(b->t))
        board_flags(b, &c, mem_dir);
    cmd_add(&c, "-Wl,--gc-sections");
    cmd_add(&c, own(b, xprintf("-Wl,-Map=%s", map)));
    cmd_add(&c, "-o");
    cmd_add(&c, exe);
    for (uint32_t i = 0; i < b->objs.n; i++)
        cmd_add(&c, b->objs.items[i]);
    for (uint32_t i = 0; i < b->opt->ncc_args; i++)
        if (strncmp(b->opt->cc_args[i], "-I", 2))
            cmd_add(&c, b->opt->cc_args[i]);
    cmd_add(&c, b->lib);
    cmd_add(&c, "-lm");
    char *err = made(b, xprintf("%s/adder-link%s.err", b->tmp, mem_dir ? "-report" : ""));
    int status = spawn_wait_err(c.argv, err);
    *overflow = false;
    if (!mem_dir)
        *overflow = show_link_errors(err, status != 0, driver_target_is_bare_metal(b->t));
    if (status != 0 && !mem_dir && !*overflow) {
        char what[128];
        if (status < 0)
            snprintf(what, sizeof what, "cannot run the C compiler: %s", strerror(errno));
        else
            snprintf(what, sizeof what, "linking failed (exit status %d)", status);
        report_command(what, c.argv);
    }
    free(b->cc_words);
    b->cc_words = NULL;
    return status;
}

/* The size report (driver/size.c) of the linked program;
 * limits are the target's real ones even for the report relink. */
static bool size_report(Build *b, const char *elf, const char *name, const char *map,
                        SizeMode mode, const char *const *c_paths, uint32_t nc, SizeResult *res) {
    bool bare = driver_target_is_bare_metal(b->t);
    SizeRequest req = {
        .mode = mode, .target = b->t->name, .elf = elf, .name = name, .map = map,
        .stack_dir = b->tmp, .c_paths = c_paths, .nc = nc,
        .flash_limit = bare ? b->t->flash_bytes : 0, .ram_limit = bare ? b->t->ram_bytes : 0,
        .heap_bytes = bare ? heap_bytes(b) : 0,
    };
    *res = (SizeResult){0};
    fflush(stderr);
    /* --- The size report: the one call site (DriverOptions.size). --- */
    bool ok = driver_size_report(stdout, &req, res);
    fflush(stdout);
    return ok;
}

/* Copies the cached runtime's stack files into b->tmp ("rt-<name>") for
 * the size report, which reads one directory. */
static void copy_runtime_stack_files(Build *b) {
    DIR *d = b->t->cc ? opendir(b->rt_dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!has_ext(e->d_name, ".su") && !has_ext(e->d_name, ".ci"))
            continue;
        char *from = xprintf("%s/%s", b->rt_dir, e->d_name);
        char *to = made(b, xprintf("%s/rt-%s", b->tmp, e->d_name));
        size_t len = 0;
        char *text = read_file(from, &len);
        FILE *f = text ? fopen(to, "wb") : NULL;
        if (f) {
            fwrite(text, 1, len, f);
            fclose(f);
        }
        free(text);
        free(from);
    }
    if (d)
        closedir(d);
}

/* A bare-metal program too large for the target: relinks with enlarged
 * regions, prints the report with the real limits and fails. */
static int report_overflow(Build *b, const char *exe, const char *const *c_paths, uint32_t nc) {
    char *big = made(b, xprintf("%s/%s", b->tmp, "adder-report.elf"));
    char *map = made(b, xprintf("%s/%s", b->tmp, "adder-report.map"));
    char *mem = made(b, xprintf("%s/%s", b->tmp, "memory.ld"));
    SizeResult res = {0};
    bool overflow;
    copy_runtime_stack_files(b);
    bool reported = write_big_memory(b, mem) && link_program(b, big, map, b->tmp, &overflow) == 0 &&
                    size_report(b, big, exe, map, b->opt->size ? b->opt->size : SIZE_SUMMARY,
                                c_paths, nc, &res);
    fprintf(stderr, "adder: error: the program does not fit %s", b->t->name);
    if (reported && res.flash_over)
        fprintf(stderr, ": flash overflows by %llu bytes", (unsigned long long)res.flash_over);
    if (reported && res.ram_over)
        fprintf(stderr, "%s RAM overflows by %llu bytes", res.flash_over ? "," : ":",
                (unsigned long long)res.ram_over);
    fprintf(stderr, "\n");
    return 1;
}

/* Compile, link, report: the body of driver_cc_build. */
static int build(Build *b, const char *const *c_paths, uint32_t nc, const char *exe) {
    if (!locate_runtime(b))
        return DRIVER_STATUS_INTERNAL;
    if (!compile_all(b, c_paths, nc))
        return DRIVER_STATUS_INTERNAL;
    char *map = made(b, xprintf("%s/%s", b->tmp, "adder.map"));
    bool overflow;
    int status = link_program(b, exe, map, NULL, &overflow);
    if (status != 0 && overflow)
        return report_overflow(b, exe, c_paths, nc);
    if (status != 0)
        return DRIVER_STATUS_INTERNAL;
    if (b->opt->size != SIZE_NONE) {
        SizeResult res;
        copy_runtime_stack_files(b);
        if (!size_report(b, exe, exe, map, b->opt->size, c_paths, nc, &res))
            return 1;
    }
    return 0;
}

int driver_cc_build(const DriverOptions *opt, const char *const *c_paths, uint32_t nc,
                    const char *exe) {
    Build b = {.opt = opt, .t = driver_target_find(opt->target)};
    if (!b.t) {
        fprintf(stderr, "adder: error: unknown target '%s' (targets: %s)\n", opt->target,
                driver_target_names());
        return 2;
    }
    snprintf(b.tmp, sizeof b.tmp, "%s", nc ? c_paths[0] : ".");
    char *slash = strrchr(b.tmp, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(b.tmp, sizeof b.tmp, ".");
    int status = build(&b, c_paths, nc, exe);
    for (uint32_t i = 0; i < b.made.n; i++) {
        unlink(b.made.items[i]);
        free(b.made.items[i]);
    }
    for (uint32_t i = 0; i < b.strs.n; i++)
        free(b.strs.items[i]);
    free(b.made.items);
    free(b.strs.items);
    free(b.objs.items);
    free(b.cc_words);
    return status;
}

/* ---- running programs ---- */

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

static long run_timeout(void) {
    const char *env = getenv("ADDER_RUN_TIMEOUT");
    long s = env && *env ? strtol(env, NULL, 10) : 0;
    return s > 0 ? s : RUN_TIMEOUT_S;
}

int driver_run_program(const DriverOptions *opt, const char *exe) {
    const Target *t = driver_target_find(opt->target);
    if (!t)
        return 2;
    if (!t->qemu)
        return driver_spawn_run(exe, opt->run_args, opt->nrun_args);
    Cmd c = {.n = 0};
    cmd_list(&c, t->qemu);
    cmd_add(&c, exe);
    if (t->kernel_image && opt->nrun_args)
        fprintf(stderr, "adder: warning: %s programs get no arguments: sys.argv is [program "
                        "name]\n", t->name);
    for (uint32_t i = 0; !t->kernel_image && i < opt->nrun_args; i++)
        cmd_add(&c, opt->run_args[i]);
    int status = spawn_wait_timeout(c.argv, run_timeout());
    if (status < 0) {
        char what[128];
        snprintf(what, sizeof what, "cannot run the emulator: %s", strerror(errno));
        report_command(what, c.argv);
        status = DRIVER_STATUS_INTERNAL;
    }
    return status;
}

char *driver_temp_dir(void) {
    const char *tmp = getenv("TMPDIR");
    char path[PATH_CAP];
    pathf(path, "%s/adder-XXXXXX", tmp && *tmp ? tmp : "/tmp");
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
        pathf(path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* driver/driver.h: options of one compiler run and the pipeline that runs it. */
#ifndef ADDER_DRIVER_DRIVER_H
#define ADDER_DRIVER_DRIVER_H

#include <stdbool.h>
#include <stdint.h>

typedef enum EmitKind { EMIT_NONE, EMIT_TOKENS, EMIT_AST, EMIT_AST_JSON, EMIT_IR, EMIT_C } EmitKind;

typedef enum DriverCommand {
    CMD_EMIT,     /* --emit=KIND: dump a stage to stdout */
    CMD_CHECK,    /* check: diagnostics only */
    CMD_BUILD,    /* build: native executable */
    CMD_RUN,      /* run: build into a temporary directory and run */
    CMD_COMPILE,  /* compile: DIR/<stem>.c and DIR/<stem>.h */
} DriverCommand;

/* --size: none, the summary, or the per-function/per-part breakdown. */
typedef enum SizeMode { SIZE_NONE, SIZE_SUMMARY, SIZE_FULL } SizeMode;

/* Arguments given to the C compiler or the program, in order. */
enum { DRIVER_MAX_ARGS = 256 };

typedef struct DriverOptions {
    const char *input;
    DriverCommand command;
    EmitKind emit;            /* CMD_EMIT */
    const char *output;       /* -o: the executable (build) or directory (compile) */
    const char *opt_level;    /* "-O0".."-O3"; NULL: -O2 */
    bool debug;               /* -g: #line directives and C debug info */
    const char *cc_args[DRIVER_MAX_ARGS]; /* extra .c/.o files, -I/-L/-l, in order */
    uint32_t ncc_args;
    const char *const *run_args; /* run: the program's arguments */
    uint32_t nrun_args;
    const char *target;       /* --target=NAME: host (NULL), cortex-m0.., armv7-linux */
    uint32_t heap_bytes;      /* --heap=SIZE: static arena bytes; 0: the target's default */
    SizeMode size;            /* --size / --size=full (build, run) */
    bool lib;                 /* --lib: no main(); adder_init_<module>() is the entry */
    bool depfile;             /* -MD: write a make-style depfile (compile, build) */
    const char *depfile_path; /* -MF FILE; NULL with -MD: next to the output, <stem>.d */
} DriverOptions;

/* Process exit status of an internal compiler error (a bug, not the
 * program's fault): IR verification or C compilation failed. */
#define DRIVER_STATUS_INTERNAL (3)

/* ---- pipeline.c ---- */
/* Runs the stages in order and returns the process exit status. */
int driver_run(const DriverOptions *opt);

/* ---- cc.c: the C compiler and the runtime ---- */
/* Compiles the n generated C files (and opt's extra files) for opt->target
 * into exe, linked with libadder-rt. Returns 0, or DRIVER_STATUS_INTERNAL
 * after reporting the failing command on stderr. */
int driver_cc_build(const DriverOptions *opt, const char *const *c_paths, uint32_t n,
                    const char *exe);
/* Runs exe (built for opt->target: natively, or under QEMU) with
 * opt->run_args; returns its exit status (128 + signal when killed), or
 * DRIVER_STATUS_INTERNAL if it cannot start. */
int driver_run_program(const DriverOptions *opt, const char *exe);
/* Runs exe with args (NULL-free array of n); returns its exit status
 * (128 + signal when killed), or DRIVER_STATUS_INTERNAL if it cannot start. */
int driver_spawn_run(const char *exe, const char *const *args, uint32_t n);
/* A fresh private temporary directory (malloc'ed path) or NULL. */
char *driver_temp_dir(void);
/* Removes the files named in a temporary directory, then the directory. */
void driver_temp_remove(const char *dir, const char *const *files, uint32_t n);

/* ---- depfile.c ---- */
/* Writes a make-style depfile at path: "target: deps[0] deps[1] ..." and,
 * as gcc -MP does, an empty rule for each of deps[1..n-1]. Names are
 * quoted as gcc quotes them (space, tab, '#', '$'). The file is replaced
 * atomically (temporary file + rename). Returns false, with errno set
 * (EINVAL for a name holding a newline), on failure. */
bool driver_write_depfile(const char *path, const char *target, const char *const *deps,
                          uint32_t n);

#endif

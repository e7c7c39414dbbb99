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
} DriverOptions;

/* Process exit status of an internal compiler error (a bug, not the
 * program's fault): IR verification or C compilation failed. */
#define DRIVER_STATUS_INTERNAL (3)

/* ---- pipeline.c ---- */
/* Runs the stages in order and returns the process exit status. */
int driver_run(const DriverOptions *opt);

/* ---- cc.c: the C compiler and the runtime ---- */
/* Compiles c_path (and opt's extra files) with $CC into exe, linked with
 * libadder-rt. Returns 0, or DRIVER_STATUS_INTERNAL after reporting the
 * failing command on stderr. */
int driver_cc_build(const DriverOptions *opt, const char *c_path, const char *exe);
/* Runs exe with args (NULL-free array of n); returns its exit status
 * (128 + signal when killed), or DRIVER_STATUS_INTERNAL if it cannot start. */
int driver_spawn_run(const char *exe, const char *const *args, uint32_t n);
/* A fresh private temporary directory (malloc'ed path) or NULL. */
char *driver_temp_dir(void);
/* Removes the files named in a temporary directory, then the directory. */
void driver_temp_remove(const char *dir, const char *const *files, uint32_t n);

#endif

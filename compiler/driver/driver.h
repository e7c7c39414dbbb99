/* driver/driver.h: options of one compiler run and the pipeline that runs it. */
#ifndef ADDER_DRIVER_DRIVER_H
#define ADDER_DRIVER_DRIVER_H

typedef enum EmitKind { EMIT_NONE, EMIT_TOKENS, EMIT_AST, EMIT_AST_JSON } EmitKind;

typedef struct DriverOptions {
    const char *input;
    EmitKind emit; /* EMIT_NONE: `check` */
} DriverOptions;

/* ---- pipeline.c ---- */
/* Runs the stages in order and returns the process exit status. */
int driver_run(const DriverOptions *opt);

#endif

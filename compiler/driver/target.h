/* driver/target.h: the machines `adder build --target=NAME` compiles for.
 *
 * One row per target (target.c): the C compiler and its code generation
 * flags, the runtime configuration (-D flags the runtime and the generated
 * C share), the board support of bare-metal targets (runtime/boards/<board>:
 * memory.ld with the flash and RAM regions, startup_cortexm.c, cortex-m.ld)
 * and how `adder run` starts the program (natively, qemu-arm, or
 * qemu-system-arm with semihosting). */
#ifndef ADDER_DRIVER_TARGET_H
#define ADDER_DRIVER_TARGET_H

#include <stdbool.h>
#include <stdint.h>

/* Most words in one of a target's flag lists (NULL-terminated arrays). */
enum { TARGET_MAX_FLAGS = 16 };

typedef struct Target {
    const char *name;        /* --target=NAME */
    const char *cc;          /* C compiler; NULL: $CC or cc (host) */
    const char *ar;          /* archiver for the cached runtime; NULL: host (not cached) */
    const char *const *cflags;   /* code generation: -mcpu, -mthumb, float ABI */
    const char *const *defines;  /* runtime configuration, shared with generated C */
    const char *const *ldflags;  /* link only (-static, --specs=...) */
    const char *rt_opt;      /* optimisation of the cached runtime */
    const char *default_opt; /* of the program when no -O is given; NULL: -O2 */
    const char *board;       /* runtime/boards/<board>/memory.ld; NULL: hosted */
    const char *const *qemu; /* emulator command, the ELF appended; NULL: native */
    bool kernel_image;       /* the ELF follows "-kernel" (system emulation) */
    uint64_t flash_origin, flash_bytes;  /* bare metal: the FLASH region */
    uint64_t ram_origin, ram_bytes;      /* bare metal: the RAM region */
    uint32_t heap_bytes;     /* default --heap (the static arena); 0: malloc */
    uint32_t stack_bytes;    /* RAM kept free for the stack (bare metal) */
} Target;

/* The target called name (NULL or "host": the host), or NULL if unknown. */
const Target *driver_target_find(const char *name);
/* "host, cortex-m0, ..." for usage messages. */
const char *driver_target_names(void);
/* True for targets without an OS (board support, static heap, semihosting). */
bool driver_target_is_bare_metal(const Target *t);

#endif

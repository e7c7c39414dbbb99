/* driver/target.c: the target table (see target.h).
 *
 * Cortex-M targets are bare metal: the runtime is built with the static
 * arena (ADDER_ALLOC_ARENA) and the semihosting port, linked against
 * newlib-nano for memcpy/libm only, with the board's memory.ld, and run
 * under qemu-system-arm. cortex-m0 also uses the MINIMAL configuration
 * level (no error message texts, small stdout buffer, no Unicode tables)
 * and -Os, for the runtime and (unless -O is given) the program, so that
 * print("hello") fits 4 KB of flash; the other Cortex-M targets use -O2. armv7-linux is a hosted
 * static Linux program run under qemu-arm. Board facts (memory maps of
 * the QEMU machines) were checked with `info mtree`: ../shared/TARGETS.md. */
#include "driver/target.h"

#include <stddef.h>
#include <string.h>

#define KB (1024u)
#define MB (1024u * 1024u)

static const char *const no_flags[] = {NULL};
static const char *const bare_defines[] = {"-DADDER_ALLOC_ARENA=1", "-DADDER_PORT_SEMIHOST=1",
                                           NULL};
static const char *const m0_defines[] = {"-DADDER_ALLOC_ARENA=1", "-DADDER_PORT_SEMIHOST=1",
                                         "-DADDER_CONFIG_LEVEL=ADDER_CONFIG_LEVEL_MINIMAL", NULL};
static const char *const bare_ldflags[] = {"--specs=nano.specs", "-nostartfiles", NULL};
static const char *const static_ldflags[] = {"-static", NULL};

static const char *const m0_cflags[] = {"-mcpu=cortex-m0", "-mthumb", "-mfloat-abi=soft", NULL};
static const char *const m3_cflags[] = {"-mcpu=cortex-m3", "-mthumb", "-mfloat-abi=soft", NULL};
static const char *const m4f_cflags[] = {"-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
                                         "-mfpu=fpv4-sp-d16", NULL};
static const char *const m7_cflags[] = {"-mcpu=cortex-m7", "-mthumb", "-mfloat-abi=hard",
                                        "-mfpu=fpv5-d16", NULL};

#define SEMIHOSTING "-nographic", "-monitor", "none", "-serial", "none", \
    "-semihosting-config", "enable=on,target=native", "-kernel"
static const char *const qemu_microbit[] = {"qemu-system-arm", "-M", "microbit", SEMIHOSTING,
                                            NULL};
static const char *const qemu_an385[] = {"qemu-system-arm", "-M", "mps2-an385", "-cpu",
                                         "cortex-m3", SEMIHOSTING, NULL};
static const char *const qemu_an386[] = {"qemu-system-arm", "-M", "mps2-an386", "-cpu",
                                         "cortex-m4", SEMIHOSTING, NULL};
static const char *const qemu_an500[] = {"qemu-system-arm", "-M", "mps2-an500", "-cpu",
                                         "cortex-m7", SEMIHOSTING, NULL};
static const char *const qemu_user[] = {"qemu-arm", NULL};

#define CORTEX_M(nm, fl, defs, opt, brd, q, flash, ram, heap, stack)                         \
    {.name = nm, .cc = "arm-none-eabi-gcc", .ar = "arm-none-eabi-ar", .cflags = fl,           \
     .defines = defs, .ldflags = bare_ldflags, .rt_opt = opt, .default_opt = opt,              \
     .board = brd, .qemu = q,                                                                  \
     .kernel_image = true, .flash_origin = 0, .flash_bytes = flash,                            \
     .ram_origin = 0x20000000u, .ram_bytes = ram, .heap_bytes = heap, .stack_bytes = stack}

/* The mps2 boards: 4 MB of flash and 4 MB of RAM; a 2 MB heap runs the
 * golden programs, 256 KB of stack their deepest recursion. The micro:bit
 * keeps 8 KB of its 16 KB for the heap and 2 KB for the stack. These
 * sizes match each board's memory.ld. */
static const Target targets[] = {
    {.name = "host", .cflags = no_flags, .defines = no_flags, .ldflags = no_flags,
     .rt_opt = "-O2"},
    CORTEX_M("cortex-m0", m0_cflags, m0_defines, "-Os", "microbit", qemu_microbit, 256 * KB,
             16 * KB, 8 * KB, 2 * KB),
    CORTEX_M("cortex-m3", m3_cflags, bare_defines, "-O2", "mps2-an385", qemu_an385, 4 * MB,
             4 * MB, 2 * MB, 256 * KB),
    CORTEX_M("cortex-m4f", m4f_cflags, bare_defines, "-O2", "mps2-an386", qemu_an386, 4 * MB,
             4 * MB, 2 * MB, 256 * KB),
    CORTEX_M("cortex-m7", m7_cflags, bare_defines, "-O2", "mps2-an500", qemu_an500, 4 * MB,
             4 * MB, 2 * MB, 256 * KB),
    {.name = "armv7-linux", .cc = "arm-linux-gnueabihf-gcc", .ar = "arm-linux-gnueabihf-ar",
     .cflags = no_flags, .defines = no_flags, .ldflags = static_ldflags, .rt_opt = "-O2",
     .qemu = qemu_user},
};

const Target *driver_target_find(const char *name) {
    if (!name)
        return &targets[0];
    for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
        if (!strcmp(targets[i].name, name))
            return &targets[i];
    return NULL;
}

const char *driver_target_names(void) {
    return "host, cortex-m0, cortex-m3, cortex-m4f, cortex-m7, armv7-linux";
}

bool driver_target_is_bare_metal(const Target *t) {
    return t->board != NULL;
}

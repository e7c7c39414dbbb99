/* runtime/port_semihost.c: the port for Cortex-M programs run under a
 * debugger or QEMU with ARM semihosting (`bkpt 0xAB`, operation in r0,
 * argument block in r1). See adder/port.h.
 *
 * The console is the host's: SYS_OPEN of ":tt" with mode 4 ("w") is the
 * host's stdout and mode 8 ("a") its stderr (QEMU maps them so); the
 * handles are opened on first use and kept below. SYS_WRITE writes.
 * The exit status goes to the host with SYS_EXIT_EXTENDED
 * (ADP_Stopped_ApplicationExit, status), which QEMU turns into its own
 * exit status. Time is SYS_CLOCK (centiseconds), the best semihosting has.
 * Built only with ADDER_PORT_SEMIHOST (config.h).
 *
 * The two host handles are the port's only mutable data (8 bytes of
 * .bss): a port is the machine's code, not the runtime's, so they live
 * here rather than in adder_rt. */
#include "adder/adder.h"

#if ADDER_PORT_SEMIHOST

enum {
    SH_SYS_OPEN = 0x01,
    SH_SYS_WRITE = 0x05,
    SH_SYS_CLOCK = 0x10,
    SH_SYS_EXIT = 0x18,
    SH_SYS_EXIT_EXTENDED = 0x20,
    SH_ADP_APPLICATION_EXIT = 0x20026,
    SH_MODE_W = 4,        /* ":tt" opened "w": stdout */
    SH_MODE_A = 8,        /* ":tt" opened "a": stderr */
};

/* One semihosting call; the debugger (or QEMU) answers in r0. */
static int call(int op, void *arg) {
    register int r0 __asm__("r0") = op;
    register void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

/* Host handle + 1 of stdout and stderr; 0: not opened yet. */
static int handles[2];

/* The host handle of stream 1 or 2, opened on first use; -1 if the host
 * refused. */
static int handle(int stream) {
    int *h = &handles[stream == ADDER_STDERR];
    if (*h == 0) {
        static const char tt[] = ":tt";
        uintptr_t args[3] = {(uintptr_t)tt, stream == ADDER_STDERR ? SH_MODE_A : SH_MODE_W, 3};
        int got = call(SH_SYS_OPEN, args);
        *h = got < 0 ? -1 : got + 1;
    }
    return *h - 1;
}

void adder_port_write(int stream, const char *data, size_t n) {
    int h = handle(stream);
    while (h >= 0 && n > 0) {
        uintptr_t args[3] = {(uintptr_t)h, (uintptr_t)data, n};
        int left = call(SH_SYS_WRITE, args);
        if (left < 0 || (size_t)left >= n)
            return;
        data += n - (size_t)left;
        n = (size_t)left;
    }
}

uint64_t adder_port_ticks_us(void) {
    int cs = call(SH_SYS_CLOCK, NULL);
    return cs < 0 ? 0 : (uint64_t)cs * 10000u;
}

/* PRIMASK: interrupts off until the matching leave restores it. */
uint32_t adder_port_critical_enter(void) {
    uint32_t primask;
    __asm__ volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    return primask;
}

void adder_port_critical_leave(uint32_t state) {
    __asm__ volatile("msr primask, %0" ::"r"(state) : "memory");
}

void adder_port_exit(int status) {
    uintptr_t args[2] = {SH_ADP_APPLICATION_EXIT, (uintptr_t)status};
    adder_output_flush();
    call(SH_SYS_EXIT_EXTENDED, args);
    /* A host without the extension: plain SYS_EXIT (status 0 or 1). */
    call(SH_SYS_EXIT, (void *)(uintptr_t)(status == 0 ? SH_ADP_APPLICATION_EXIT : 0x20024));
    for (;;) {
    }
}

#else
/* ISO C wants a declaration in every translation unit. */
typedef int adder_port_semihost_off;
#endif

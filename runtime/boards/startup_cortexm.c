/* runtime/boards/startup_cortexm.c: reset and fault handling of a Cortex-M
 * program built by `adder build --target=cortex-m*`.
 *
 * The vector table (section .vectors, placed first in flash by
 * cortex-m.ld) holds the initial stack pointer and the handlers.
 * Reset_Handler: enables the FPU when the code is compiled for one
 * (CPACR bits 20-23 at 0xE000ED88, then dsb/isb: without it the first FP
 * instruction faults), copies .data from flash, zeroes .bss, gives the
 * runtime the .heap section (ADDER_ALLOC_ARENA), runs main() with
 * argv = {ADDER_PROGRAM_NAME} (CPython's sys.argv[0] is the script name
 * as given) and ends through adder_port_exit(status). A fault prints one
 * line to stderr and exits with status 134 (SIGABRT's 128 + 6), so a
 * crashed program does not hang its test. No C library start files are
 * used (-nostartfiles); nothing here calls malloc or stdio.
 *
 * The runtime needs only memcpy-like functions and libm from newlib, but
 * newlib's strtod (float(), round(x, n)) allocates its big numbers with
 * malloc, and its error paths reach assert/abort. For those programs the
 * system calls newlib wants are defined at the end: _sbrk hands out a small
 * private pool (STARTUP_LIBC_POOL_BYTES, apart from the Python heap), the
 * console calls go to the port. Each is in its own section, so
 * --gc-sections drops them (and the pool) from programs that do not use
 * them: print("hello") links no malloc, no _sbrk, no stdio. */
#include "adder/adder.h"

#ifndef ADDER_PROGRAM_NAME
#define ADDER_PROGRAM_NAME "main"
#endif

/* Exit status of a program stopped by a fault. */
#define STARTUP_FAULT_STATUS (134)
/* Number of vector table entries: the 16 system exceptions. Interrupts of
 * the SoC are not used by generated programs. */
#define STARTUP_SYSTEM_VECTORS (16)

/* Bytes newlib's malloc may take (strtod's big numbers, which newlib
 * caches and reuses: a few hundred bytes in practice). */
#ifndef STARTUP_LIBC_POOL_BYTES
#define STARTUP_LIBC_POOL_BYTES (2048)
#endif

/* Provided by cortex-m.ld. */
extern uint32_t __data_start__, __data_end__, __data_load__;
extern uint32_t __bss_start__, __bss_end__;
extern uint32_t __stack_top;
#if ADDER_ALLOC_ARENA
extern unsigned char __adder_heap_start[], __adder_heap_end[];
#endif

int main(int argc, char **argv);
void Reset_Handler(void);
void adder_board_fault(void);

static void enable_fpu(void) {
#if defined(__ARM_FP) && __ARM_FP
    volatile uint32_t *cpacr = (volatile uint32_t *)0xE000ED88u;
    *cpacr |= 0xFu << 20;
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
}

/* gcc would turn these loops into memcpy/memset calls, linking newlib's
 * (about 300 bytes) into programs that need neither. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
static void init_memory(void) {
    uint32_t *src = &__data_load__;
    for (uint32_t *dst = &__data_start__; dst < &__data_end__;)
        *dst++ = *src++;
    for (uint32_t *dst = &__bss_start__; dst < &__bss_end__;)
        *dst++ = 0;
}

void Reset_Handler(void) {
    static char name[] = ADDER_PROGRAM_NAME;
    char *argv[] = {name, NULL};
    enable_fpu();
    init_memory();
#if ADDER_ALLOC_ARENA
    adder_heap_init(__adder_heap_start, (size_t)(__adder_heap_end - __adder_heap_start));
#endif
    adder_port_exit(main(1, argv));
}

void adder_board_fault(void) {
    static const char msg[] = "adder: processor fault\n";
    adder_output_flush();
    adder_port_write(ADDER_STDERR, msg, sizeof msg - 1);
    adder_port_exit(STARTUP_FAULT_STATUS);
}

typedef void (*vector_t)(void);

__attribute__((section(".vectors"), used))
static const vector_t vectors[STARTUP_SYSTEM_VECTORS] = {
    (vector_t)(uintptr_t)&__stack_top, Reset_Handler,
    adder_board_fault, adder_board_fault, adder_board_fault, adder_board_fault,
    adder_board_fault, 0, 0, 0, 0,
    adder_board_fault, adder_board_fault, 0,
    adder_board_fault, adder_board_fault,
};

/* ---- newlib system calls (only linked when newlib needs them) ---- */

void *_sbrk(ptrdiff_t incr);
void _exit(int status);
int _kill(int pid, int sig);
int _getpid(void);
int _write(int fd, const char *data, int n);
int _read(int fd, char *data, int n);
int _close(int fd);
int _fstat(int fd, void *st);
int _isatty(int fd);
int _lseek(int fd, int off, int whence);

void *_sbrk(ptrdiff_t incr) {
    static unsigned char pool[STARTUP_LIBC_POOL_BYTES] __attribute__((aligned(8)));
    static size_t used;
    if (incr < 0 || (size_t)incr > sizeof pool - used)
        return (void *)-1;
    used += (size_t)incr;
    return pool + used - (size_t)incr;
}

void _exit(int status) {
    adder_port_exit(status);
    for (;;) {
    }
}

int _kill(int pid, int sig) {
    adder_port_exit(128 + sig);
    return -1;
}

int _getpid(void) {
    return 1;
}

int _write(int fd, const char *data, int n) {
    adder_output_write(fd == 2 ? ADDER_STDERR : ADDER_STDOUT, data, (size_t)n);
    return n;
}

int _read(int fd, char *data, int n) {
    return 0;
}

int _close(int fd) {
    return -1;
}

int _fstat(int fd, void *st) {
    return -1;
}

int _isatty(int fd) {
    return 1;
}

int _lseek(int fd, int off, int whence) {
    return -1;
}

/* runtime/port_host.c: the port for hosted systems (Linux, macOS): the
 * console is stdio, time is CLOCK_MONOTONIC. See adder/port.h. Built only
 * with ADDER_PORT_HOST (config.h). */
#define _POSIX_C_SOURCE 200809L
#include "adder/config.h"
#include "adder/port.h"

#if ADDER_PORT_HOST
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void adder_port_write(int stream, const char *data, size_t n) {
    FILE *f = stream == 2 ? stderr : stdout;
    if (stream == 2)
        fflush(stdout);
    fwrite(data, 1, n, f);
}

uint64_t adder_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* The host runtime is single-threaded: nothing to exclude yet. */
uint32_t adder_port_critical_enter(void) {
    return 0;
}

void adder_port_critical_leave(uint32_t state) {
    (void)state;
}

void adder_port_exit(int status) {
    fflush(stdout);
    fflush(stderr);
    exit(status);
}

#else
/* ISO C wants a declaration in every translation unit. */
typedef int adder_port_host_off;
#endif

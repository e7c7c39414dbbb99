/* runtime/port_host.c: the port for hosted systems (Linux, macOS): the
 * console is stdio, time is CLOCK_MONOTONIC. See adder/port.h. */
#define _POSIX_C_SOURCE 200809L
#include "adder/port.h"

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

void adder_port_exit(int status) {
    fflush(stdout);
    fflush(stderr);
    exit(status);
}

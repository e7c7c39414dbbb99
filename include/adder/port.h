/* adder/port.h: what the runtime needs from the machine it runs on.
 *
 * A port is a handful of functions: the host port (runtime/port_host.c)
 * uses stdio and clock_gettime; a firmware supplies its own in a few lines
 * (a UART write, SysTick). Nothing else in the runtime touches the OS. */
#ifndef ADDER_PORT_H
#define ADDER_PORT_H

#include <stddef.h>
#include <stdint.h>

/* Writes n bytes to the console: stream 1 is stdout, 2 is stderr. */
void adder_port_write(int stream, const char *data, size_t n);
/* Monotonic time in microseconds since an arbitrary origin. */
uint64_t adder_port_ticks_us(void);
/* Ends the program with the given exit status; never returns. */
void adder_port_exit(int status);
/* A critical section: no interrupt handler (or other thread) runs runtime
 * code between enter and the matching leave. Sections nest: enter returns
 * the previous state, which leave restores. Nothing in the runtime calls
 * them yet, so a firmware's own port need not define them until then. */
uint32_t adder_port_critical_enter(void);
void adder_port_critical_leave(uint32_t state);

#endif

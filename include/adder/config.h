/* adder/config.h: feature and size macros of the runtime.
 *
 * A port or build may set ADDER_CONFIG_FILE to a header of its own, which is
 * included first; every option then gets its default here. Options are
 * always defined, as parenthesised 0/1 or values, and tested with #if (the
 * runtime builds with -Wundef, so a misspelt option is an error).
 * ADDER_CONFIG_LEVEL picks the defaults: MINIMAL for a Cortex-M0 with 16 KB
 * of RAM up to EVERYTHING on a desktop. */
#ifndef ADDER_CONFIG_H
#define ADDER_CONFIG_H

#ifdef ADDER_CONFIG_FILE
#include ADDER_CONFIG_FILE
#endif

#define ADDER_CONFIG_LEVEL_MINIMAL (0)
#define ADDER_CONFIG_LEVEL_CORE (10)
#define ADDER_CONFIG_LEVEL_BASIC (20)
#define ADDER_CONFIG_LEVEL_FULL (40)
#define ADDER_CONFIG_LEVEL_EVERYTHING (50)

#ifndef ADDER_CONFIG_LEVEL
#define ADDER_CONFIG_LEVEL (ADDER_CONFIG_LEVEL_FULL)
#endif
#define ADDER_LEVEL_AT_LEAST_BASIC (ADDER_CONFIG_LEVEL >= ADDER_CONFIG_LEVEL_BASIC)
#define ADDER_LEVEL_AT_LEAST_FULL (ADDER_CONFIG_LEVEL >= ADDER_CONFIG_LEVEL_FULL)

/* Error messages in exceptions. Off saves every message string in flash. */
#ifndef ADDER_ENABLE_ERROR_TEXT
#define ADDER_ENABLE_ERROR_TEXT (ADDER_LEVEL_AT_LEAST_BASIC)
#endif

#if ADDER_ENABLE_ERROR_TEXT
#define ADDER_ERROR_TEXT(s) (s)
#else
#define ADDER_ERROR_TEXT(s) ("")
#endif

/* CPython's table of printable code points (repr() of non-ASCII text,
 * str.isprintable). Off saves about 5.6 KB of flash; every code point
 * from U+00A0 up (but surrogates) then counts as printable. */
#ifndef ADDER_ENABLE_UNICODE_TABLES
#define ADDER_ENABLE_UNICODE_TABLES (ADDER_LEVEL_AT_LEAST_BASIC)
#endif

/* Heap backend. 0: adder_alloc is malloc (hosts). 1: a first-fit arena over
 * the block given to adder_heap_init() (bare metal; no libc heap needed,
 * costs about 1 KB of code). */
#ifndef ADDER_ALLOC_ARENA
#define ADDER_ALLOC_ARENA (0)
#endif

/* The port (adder/port.h) built into the runtime: ADDER_PORT_HOST is
 * runtime/port_host.c (stdio, clock_gettime: hosted systems),
 * ADDER_PORT_SEMIHOST runtime/port_semihost.c (ARM semihosting: QEMU, a
 * debugger). A firmware that supplies its own port sets both to 0. */
#ifndef ADDER_PORT_SEMIHOST
#define ADDER_PORT_SEMIHOST (0)
#endif
#ifndef ADDER_PORT_HOST
#define ADDER_PORT_HOST (!ADDER_PORT_SEMIHOST)
#endif

/* Test builds only: adder_alloc_fail_after(n) makes allocations fail after
 * n more successes, so unit tests reach every MemoryError path. Costs a
 * counter test per allocation. */
#ifndef ADDER_DEBUG_ALLOC_FAIL
#define ADDER_DEBUG_ALLOC_FAIL (0)
#endif

/* Test builds only: adder_output_set_hook() redirects all console output
 * (stdout and stderr) away from adder_port_write, to capture it. */
#ifndef ADDER_DEBUG_OUTPUT_HOOK
#define ADDER_DEBUG_OUTPUT_HOOK (0)
#endif

#endif

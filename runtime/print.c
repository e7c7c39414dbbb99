/* runtime/print.c: console output and print().
 *
 * stdout is fully buffered in adder_rt.out_buf (ADDER_STDOUT_BUFFER_SIZE
 * bytes) and written to the port when full, by adder_output_flush() (at
 * program end) and before every stderr write, so the relative order of the
 * two streams is preserved. stderr goes straight to the port. In test
 * builds (ADDER_DEBUG_OUTPUT_HOOK) a hook can take the bytes instead.
 * Numbers are formatted by format.h (no printf), so every target prints
 * the same bytes as CPython. */
#include <string.h>

#include "adder/adder.h"
#include "adder/format.h"

static void port_write(int stream, const char *data, size_t n) {
    if (n == 0)
        return;
#if ADDER_DEBUG_OUTPUT_HOOK
    if (adder_rt.out_hook) {
        adder_rt.out_hook(adder_rt.out_hook_ctx, stream, data, n);
        return;
    }
#endif
    adder_port_write(stream, data, n);
}

#if ADDER_DEBUG_OUTPUT_HOOK
void adder_output_set_hook(adder_output_hook_t hook, void *ctx) {
    adder_output_flush();
    adder_rt.out_hook = hook;
    adder_rt.out_hook_ctx = ctx;
}
#endif

void adder_output_flush(void) {
    size_t n = adder_rt.out_len;
    adder_rt.out_len = 0;
    port_write(ADDER_STDOUT, adder_rt.out_buf, n);
}

void adder_output_write(int stream, const char *data, size_t n) {
    if (stream != ADDER_STDOUT) {
        adder_output_flush();
        port_write(stream, data, n);
        return;
    }
    if (n > sizeof adder_rt.out_buf - adder_rt.out_len) {
        adder_output_flush();
        if (n >= sizeof adder_rt.out_buf) {
            port_write(stream, data, n);
            return;
        }
    }
    memcpy(adder_rt.out_buf + adder_rt.out_len, data, n);
    adder_rt.out_len += n;
}

void adder_print_str(int stream, const adder_str_t *s) {
    adder_output_write(stream, s->data, s->size);
}

void adder_print_int(int stream, int64_t v) {
    char buf[ADDER_INT_DEC_MAX];
    adder_output_write(stream, buf, adder_format_int(buf, v));
}

void adder_print_float(int stream, double v) {
    char buf[ADDER_FLOAT_REPR_MAX];
    adder_output_write(stream, buf, adder_float_repr(buf, v));
}

void adder_print_bool(int stream, bool v) {
    if (v)
        adder_output_write(stream, "True", 4);
    else
        adder_output_write(stream, "False", 5);
}

void adder_print_none(int stream) {
    adder_output_write(stream, "None", 4);
}

void adder_print_sep(int stream, const adder_str_t *sep) {
    if (sep)
        adder_print_str(stream, sep);
    else
        adder_output_write(stream, " ", 1);
}

void adder_print_end(int stream, const adder_str_t *end) {
    if (end)
        adder_print_str(stream, end);
    else
        adder_output_write(stream, "\n", 1);
}

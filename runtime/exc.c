/* runtime/exc.c: exception classes, raising, tracebacks, program exit.
 *
 * The current exception lives in adder_rt.exc (one owned reference) with
 * its frames in adder_rt.tb. Raising allocates one adder_exc_t (the
 * message is borrowed by reference, or a static C string); when even that
 * fails, the static MemoryError instance is raised instead. Frames are
 * stored run-length encoded in a fixed store (see exc.h), so propagation
 * through any recursion depth costs no memory. Output goes to stderr via
 * print.c, which flushes stdout first, as CPython's order of output on a
 * terminal would show. */
#include <string.h>

#include "adder/adder.h"
#include "adder/format.h"

/* ---- classes ---- */

const adder_exc_type_t adder_exc_BaseException = { "BaseException", NULL };
#define ADDER_EXC_DEFINE(name, base) \
    const adder_exc_type_t adder_exc_##name = { #name, &adder_exc_##base };
ADDER_EXC_TYPES(ADDER_EXC_DEFINE)
#undef ADDER_EXC_DEFINE

bool adder_exc_type_is_subclass(const adder_exc_type_t *t, const adder_exc_type_t *base) {
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

/* ---- instances ---- */

static void exc_dealloc(adder_object_t *o) {
    adder_exc_t *e = (adder_exc_t *)o;
    adder_xdecref(e->msg);
    adder_object_free(o, sizeof(adder_exc_t));
}

/* str(e) lives in exc_str.c; the type refers to its hook weakly on ELF
 * targets, so a program that never takes str() of an exception links none
 * of it (the number formatting and string making it needs: about 250
 * bytes on a Cortex-M0). Nothing calls a type's str hook generically;
 * generated code calls adder_exc_str, which links exc_str.c. */
#if defined(__GNUC__) && defined(__ELF__)
__attribute__((weak))
#endif
adder_str_t *adder_exc_str_hook(const adder_object_t *o);

const adder_type_t adder_exc_object_type = {
    "BaseException", sizeof(adder_exc_t), exc_dealloc, NULL, adder_exc_str_hook, NULL, NULL,
};

/* Preallocated, immortal and const: raising it touches only adder_rt. */
static const adder_exc_t memory_error = {
    ADDER_OBJECT_STATIC_INIT(&adder_exc_object_type), &adder_exc_MemoryError, NULL, NULL, 0,
    ADDER_EXIT_CODE_NONE,
};

static void tb_reset(void) {
    adder_rt.tb.n_inner = 0;
    adder_rt.tb.n_outer = 0;
    adder_rt.tb.dropped = 0;
}

/* Makes e (owned) current, dropping any previous exception. */
static int set_current(adder_exc_t *e) {
    adder_exc_t *old = adder_rt.exc;
    adder_rt.exc = e;
    tb_reset();
    adder_xdecref(old);
    return -1;
}

int adder_raise_memory_error(void) {
    return set_current((adder_exc_t *)&memory_error);
}

/* A new instance of t, or NULL when memory is exhausted. */
static adder_exc_t *exc_new(const adder_exc_type_t *t) {
    adder_exc_t *e = adder_alloc(sizeof *e);
    if (!e)
        return NULL;
    e->ob.refcnt = 1;
    e->ob.type = &adder_exc_object_type;
    e->etype = t;
    e->msg = NULL;
    e->cmsg = NULL;
    e->code = 0;
    e->code_kind = ADDER_EXIT_CODE_NONE;
    return e;
}

int adder_raise(const adder_exc_type_t *t, const adder_str_t *msg) {
    adder_exc_t *e = exc_new(t);
    if (!e)
        return adder_raise_memory_error();
    if (msg) {
        adder_incref(msg);
        e->msg = (adder_str_t *)msg;
    }
    return set_current(e);
}

int adder_raise_text(const adder_exc_type_t *t, const char *text) {
    adder_exc_t *e = exc_new(t);
    if (!e)
        return adder_raise_memory_error();
    e->cmsg = text;
    return set_current(e);
}

int adder_raise_recursion_error(void) {
    return adder_raise_text(ADDER_EXC(RecursionError),
                            ADDER_ERROR_TEXT("maximum recursion depth exceeded"));
}

int adder_raise_system_exit_none(void) {
    return adder_raise(ADDER_EXC(SystemExit), NULL);
}

int adder_raise_system_exit_int(int64_t code) {
    adder_exc_t *e = exc_new(ADDER_EXC(SystemExit));
    if (!e)
        return adder_raise_memory_error();
    e->code = code;
    e->code_kind = ADDER_EXIT_CODE_INT;
    return set_current(e);
}

int adder_raise_system_exit_str(const adder_str_t *msg) {
    adder_raise(ADDER_EXC(SystemExit), msg);
    /* (unless the raise itself became MemoryError) */
    if (adder_rt.exc->etype == ADDER_EXC(SystemExit))
        adder_rt.exc->code_kind = ADDER_EXIT_CODE_STR;
    return -1;
}

int adder_exc_restore(adder_exc_t *e) {
    return set_current(e);
}

adder_exc_t *adder_exc_current(void) {
    return adder_rt.exc;
}

bool adder_exc_matches(const adder_exc_type_t *t) {
    return adder_rt.exc && adder_exc_type_is_subclass(adder_rt.exc->etype, t);
}

void adder_exc_clear(void) {
    adder_exc_t *old = adder_rt.exc;
    adder_rt.exc = NULL;
    tb_reset();
    adder_xdecref(old);
}

adder_exc_t *adder_exc_fetch(void) {
    adder_exc_t *e = adder_rt.exc;
    adder_rt.exc = NULL;
    tb_reset();
    return e;
}

/* ---- traceback store ---- */

static bool same_frame(const adder_tb_entry_t *t, const char *file, const char *func, int line) {
    return t->line == line && (t->file == file || strcmp(t->file, file) == 0) &&
           (t->func == func || strcmp(t->func, func) == 0);
}

/* The entry pushed last, or NULL if none. */
static adder_tb_entry_t *tb_last(adder_tb_t *tb) {
    if (tb->n_outer > 0)
        return &tb->outer[(tb->n_outer - 1) % ADDER_TB_OUTER];
    if (tb->n_inner > 0)
        return &tb->inner[tb->n_inner - 1];
    return NULL;
}

void adder_tb_push(const char *file, const char *func, int line) {
    adder_tb_t *tb = &adder_rt.tb;
    adder_tb_entry_t *last = tb_last(tb);
    adder_tb_entry_t *slot;
    if (last && same_frame(last, file, func, line) && last->repeat < UINT32_MAX) {
        last->repeat++;
        return;
    }
    if (tb->n_inner < ADDER_TB_INNER) {
        slot = &tb->inner[tb->n_inner++];
    } else {
        slot = &tb->outer[tb->n_outer % ADDER_TB_OUTER];
        if (tb->n_outer >= ADDER_TB_OUTER)
            tb->dropped += (uint64_t)slot->repeat + 1;
        if (tb->n_outer < UINT32_MAX)
            tb->n_outer++;
    }
    slot->file = file;
    slot->func = func;
    slot->line = line;
    slot->repeat = 0;
}

/* ---- printing ---- */

static void err_text(const char *s) {
    adder_output_write(ADDER_STDERR, s, strlen(s));
}

/* Decimal of v (< 2^63) into buf (>= 21 bytes); returns the text. The
 * int formatter avoids 64-bit division on 32-bit targets. */
static const char *u64_text(char *buf, uint64_t v) {
    adder_format_int(buf, (int64_t)(v > INT64_MAX ? INT64_MAX : v));
    return buf;
}

static void print_entry(const adder_tb_entry_t *t) {
    char num[21];
    uint64_t count = (uint64_t)t->repeat + 1;
    uint64_t shown = count < ADDER_TB_REPEAT_SHOWN ? count : ADDER_TB_REPEAT_SHOWN;
    for (uint64_t i = 0; i < shown; i++) {
        err_text("  File \"");
        err_text(t->file);
        err_text("\", line ");
        err_text(u64_text(num, t->line < 0 ? 0 : (uint64_t)t->line));
        err_text(", in ");
        err_text(t->func);
        err_text("\n");
    }
    if (count > ADDER_TB_REPEAT_SHOWN) {
        err_text("  [Previous line repeated ");
        err_text(u64_text(num, count - ADDER_TB_REPEAT_SHOWN));
        err_text(" more times]\n");
    }
}

/* Frames outermost first: the ring newest to oldest, then the inner
 * entries last pushed to first. */
static void print_frames(const adder_tb_t *tb) {
    uint32_t kept = tb->n_outer < ADDER_TB_OUTER ? tb->n_outer : ADDER_TB_OUTER;
    char num[21];
    for (uint32_t k = 0; k < kept; k++)
        print_entry(&tb->outer[(tb->n_outer - 1 - k) % ADDER_TB_OUTER]);
    if (tb->dropped) {
        err_text("  [... ");
        err_text(u64_text(num, tb->dropped));
        err_text(" frames not shown ...]\n");
    }
    for (uint32_t k = tb->n_inner; k > 0; k--)
        print_entry(&tb->inner[k - 1]);
}

/* Writes the message part of the last line (no newline). */
static void print_message(const adder_exc_t *e) {
    char num[21];
    if (e->code_kind == ADDER_EXIT_CODE_INT) {
        err_text(": ");
        adder_format_int(num, e->code);
        err_text(num);
    } else if (e->msg && e->msg->size > 0) {
        err_text(": ");
        adder_output_write(ADDER_STDERR, e->msg->data, e->msg->size);
    } else if (!e->msg && e->cmsg && e->cmsg[0]) {
        err_text(": ");
        err_text(e->cmsg);
    }
}

void adder_exc_print_uncaught(void) {
    const adder_exc_t *e = adder_rt.exc;
    if (!e)
        return;
    adder_output_flush();
    if (adder_rt.tb.n_inner > 0)
        err_text("Traceback (most recent call last):\n");
    print_frames(&adder_rt.tb);
    err_text(e->etype->name);
    print_message(e);
    err_text("\n");
}

/* exit() keeps the low 8 bits of the status, as the OS does for CPython. */
static int exit_status(int64_t code) {
    return (int)((uint64_t)code & 0xffu);
}

int adder_exit_from_exception(void) {
    const adder_exc_t *e = adder_rt.exc;
    int status = 1;
    if (!e)
        return 0;
    if (!adder_exc_type_is_subclass(e->etype, ADDER_EXC(SystemExit))) {
        adder_exc_print_uncaught();
    } else if (e->code_kind == ADDER_EXIT_CODE_INT) {
        status = exit_status(e->code);
    } else if (e->code_kind == ADDER_EXIT_CODE_STR && e->msg) {
        adder_output_write(ADDER_STDERR, e->msg->data, e->msg->size);
        err_text("\n");
    } else {
        status = 0;
    }
    adder_exc_clear();
    return status;
}

int adder_rt_finish(void) {
    int status = adder_exit_from_exception();
    adder_output_flush();
    return status;
}

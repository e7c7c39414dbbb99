/* runtime/sys_argv.c: sys.argv.
 *
 * sys.argv is the one piece of mutable static data outside adder_rt:
 * main() hands over argc/argv before any Python code runs; the list is
 * made on first use, so a program that never reads sys.argv links no list
 * code for it (a Cortex-M0 hello world stays small). A file of its own for
 * the same reason: main() always calls adder_sys_argv_init, and linking
 * it must not pull builtins.c's references into the program. */
#include "adder/builtins.h"

static adder_list_t *sys_argv_list;
static int sys_argc;
static char **sys_argv_raw;

int adder_sys_argv_init(int argc, char **argv) {
    sys_argc = argc;
    sys_argv_raw = argv;
    return 0;
}

/* The list, on first use. */
static int make_sys_argv(void) {
    adder_list_t *l = adder_list_new(sizeof(adder_str_t *), ADDER_ELEM_OBJECT, sys_argc);
    if (!l)
        return -1;
    for (int i = 0; i < sys_argc; i++) {
        adder_str_t *s = adder_str_from_cstr(sys_argv_raw[i]);
        if (!s || adder_list_append(l, &s) < 0) {
            adder_xdecref(s);
            adder_decref(l);
            return -1;
        }
        adder_decref(s);
    }
    sys_argv_list = l;
    return 0;
}

adder_list_t *adder_sys_argv(void) {
    if (!sys_argv_list && make_sys_argv() < 0)
        return NULL;
    adder_incref(sys_argv_list);
    return sys_argv_list;
}

/* runtime/exc_str.c: str() of an exception: the SystemExit code, else the
 * message (a str or a C string), else "". A file of its own: see
 * adder_exc_str_hook in exc.c. */
#include "adder/adder.h"

adder_str_t *adder_exc_str_hook(const adder_object_t *o);

adder_str_t *adder_exc_str(const adder_exc_t *e) {
    if (e->code_kind == ADDER_EXIT_CODE_INT)
        return adder_str_from_int(e->code);
    if (e->msg) {
        adder_incref(e->msg);
        return e->msg;
    }
    if (e->cmsg)
        return adder_str_from_cstr(e->cmsg);
    return (adder_str_t *)&adder_str_empty;
}

adder_str_t *adder_exc_str_hook(const adder_object_t *o) {
    return adder_exc_str((const adder_exc_t *)o);
}

/* runtime/object.c: object allocation and release, the runtime record
 * adder_rt (see adder.h for its fields), and the index/slice arithmetic
 * shared by the sequence types. */
#include "adder/adder.h"

#if ADDER_ALLOC_ARENA
/* Bare metal: all zero, so adder_rt is in .bss and costs no flash for an
 * initial image (about 450 bytes on a Cortex-M0). adder_heap_init(), which
 * such a program calls before anything else, sets the non-zero fields. */
adder_rt_t adder_rt;
#else
adder_rt_t adder_rt = {
    .recursion_limit = ADDER_RECURSION_LIMIT,
#if ADDER_DEBUG_ALLOC_FAIL
    .alloc_fail_after = -1,
#endif
};
#endif

void adder_object_dealloc(adder_object_t *o) {
    o->type->dealloc(o);
}

void *adder_object_new(const adder_type_t *t, size_t size) {
    adder_object_t *o = adder_alloc(size);
    if (!o) {
        adder_raise_memory_error();
        return NULL;
    }
    o->refcnt = 1;
    o->type = t;
    return o;
}

void adder_object_free(adder_object_t *o, size_t size) {
    adder_free(o, size);
}

/* Clamps one bound as CPython's PySlice_AdjustIndices does. */
static int64_t clamp_bound(int64_t v, int64_t len, int64_t step) {
    if (v < 0) {
        v += len;
        if (v < 0)
            v = step < 0 ? -1 : 0;
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

int64_t adder_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (step == 0)
        return adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("slice step cannot be zero"));
    if (*start == ADDER_SLICE_NONE)
        *start = step < 0 ? INT64_MAX : 0;
    if (*stop == ADDER_SLICE_NONE)
        *stop = step < 0 ? INT64_MIN : INT64_MAX;
    *start = clamp_bound(*start, len, step);
    *stop = clamp_bound(*stop, len, step);
    if (step < 0) {
        int64_t down = step == INT64_MIN ? INT64_MAX : -step;
        if (*stop < *start)
            return (*start - *stop - 1) / down + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* runtime/list.c: list with unboxed elements (layout in adder/list.h).
 *
 * items is one adder_alloc block of cap * elem_size bytes. For
 * ADDER_ELEM_OBJECT lists every stored pointer holds one reference,
 * taken when it is stored and dropped when it is removed, overwritten or
 * the list dies. Growth: new_cap = cap + cap/2 + 4 (amortized O(1)
 * append, at most 50% slack). Errors follow CPython's messages exactly. */
#include <string.h>

#include "adder/adder.h"

/* Byte offset of element i. */
static size_t at_bytes(const adder_list_t *l, int64_t i) {
    return (size_t)i * l->elem_size;
}

/* Adds or drops the references of n elements starting at p. */
static void incref_range(const adder_list_t *l, const unsigned char *p, int64_t n) {
    if (l->elem_kind != ADDER_ELEM_OBJECT)
        return;
    for (int64_t i = 0; i < n; i++) {
        void *o;
        memcpy(&o, p + (size_t)i * sizeof o, sizeof o);
        adder_incref(o);
    }
}

static void decref_range(const adder_list_t *l, const unsigned char *p, int64_t n) {
    if (l->elem_kind != ADDER_ELEM_OBJECT)
        return;
    for (int64_t i = 0; i < n; i++) {
        void *o;
        memcpy(&o, p + (size_t)i * sizeof o, sizeof o);
        adder_decref(o);
    }
}

static void list_dealloc(adder_object_t *o) {
    adder_list_t *l = (adder_list_t *)o;
    decref_range(l, l->items, l->len);
    adder_free(l->items, at_bytes(l, l->cap));
    adder_object_free(o, sizeof(adder_list_t));
}

const adder_type_t adder_list_type = {
    "list", sizeof(adder_list_t), list_dealloc, NULL, NULL, NULL, NULL,
};

/* Sets the capacity to exactly cap (>= len); -1 with MemoryError. */
static int resize(adder_list_t *l, int64_t cap) {
    unsigned char *p;
    if ((uint64_t)cap > SIZE_MAX / 2 / l->elem_size)
        return adder_raise_memory_error();
    p = adder_realloc(l->items, at_bytes(l, l->cap), at_bytes(l, cap));
    if (!p && cap > 0)
        return adder_raise_memory_error();
    l->items = p;
    l->cap = cap;
    return 0;
}

/* Makes room for n more elements. */
static int reserve(adder_list_t *l, int64_t n) {
    int64_t want;
    if (n <= l->cap - l->len)
        return 0;
    if (n > INT64_MAX / 2 - l->len)
        return adder_raise_memory_error();
    want = l->cap + l->cap / 2 + 4;
    if (want < l->len + n)
        want = l->len + n;
    return resize(l, want);
}

adder_list_t *adder_list_new(uint32_t elem_size, adder_elem_kind_t kind, int64_t capacity) {
    adder_list_t *l = adder_object_new(&adder_list_type, sizeof(adder_list_t));
    if (!l)
        return NULL;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    l->elem_size = elem_size;
    l->elem_kind = (uint8_t)kind;
    if (capacity > 0 && resize(l, capacity) != 0) {
        adder_decref(l);
        return NULL;
    }
    return l;
}

/* A new empty list with the element type of l. */
static adder_list_t *new_like(const adder_list_t *l, int64_t capacity) {
    return adder_list_new(l->elem_size, (adder_elem_kind_t)l->elem_kind, capacity);
}

int adder_list_append(adder_list_t *l, const void *elem) {
    if (reserve(l, 1) != 0)
        return -1;
    memcpy(l->items + at_bytes(l, l->len), elem, l->elem_size);
    incref_range(l, elem, 1);
    l->len++;
    return 0;
}

int adder_list_insert(adder_list_t *l, int64_t i, const void *elem) {
    unsigned char *slot;
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    } else if (i > l->len) {
        i = l->len;
    }
    if (reserve(l, 1) != 0)
        return -1;
    slot = l->items + at_bytes(l, i);
    memmove(slot + l->elem_size, slot, at_bytes(l, l->len - i));
    memcpy(slot, elem, l->elem_size);
    incref_range(l, elem, 1);
    l->len++;
    return 0;
}

int adder_list_pop(adder_list_t *l, int64_t i, void *out) {
    unsigned char *slot;
    if (l->len == 0)
        return adder_raise_text(ADDER_EXC(IndexError), ADDER_ERROR_TEXT("pop from empty list"));
    if (adder_index_normalize(&i, l->len) != 0)
        return adder_raise_text(ADDER_EXC(IndexError), ADDER_ERROR_TEXT("pop index out of range"));
    slot = l->items + at_bytes(l, i);
    memcpy(out, slot, l->elem_size);
    memmove(slot, slot + l->elem_size, at_bytes(l, l->len - i - 1));
    l->len--;
    return 0;
}

int adder_list_pop_last(adder_list_t *l, void *out) {
    return adder_list_pop(l, -1, out);
}

int adder_list_check_index(const adder_list_t *l, int64_t *i) {
    if (adder_index_normalize(i, l->len) != 0)
        return adder_raise_text(ADDER_EXC(IndexError), ADDER_ERROR_TEXT("list index out of range"));
    return 0;
}

int adder_list_get(const adder_list_t *l, int64_t i, void *out) {
    if (adder_list_check_index(l, &i) != 0)
        return -1;
    memcpy(out, adder_list_at(l, i), l->elem_size);
    return 0;
}

int adder_list_set(adder_list_t *l, int64_t i, const void *elem) {
    unsigned char old[sizeof(void *)];
    if (adder_index_normalize(&i, l->len) != 0)
        return adder_raise_text(ADDER_EXC(IndexError),
                                ADDER_ERROR_TEXT("list assignment index out of range"));
    if (l->elem_kind == ADDER_ELEM_OBJECT) {
        memcpy(old, adder_list_at(l, i), sizeof old);
        incref_range(l, elem, 1);
        memcpy(adder_list_at(l, i), elem, l->elem_size);
        decref_range(l, old, 1);
        return 0;
    }
    memcpy(adder_list_at(l, i), elem, l->elem_size);
    return 0;
}

adder_list_t *adder_list_slice(const adder_list_t *l, int64_t start, int64_t stop, int64_t step) {
    int64_t n = adder_slice_adjust(l->len, &start, &stop, step);
    adder_list_t *r;
    int64_t at = start;
    if (n < 0)
        return NULL;
    r = new_like(l, n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++) {
        memcpy(r->items + at_bytes(r, k), adder_list_at(l, at), l->elem_size);
        if (k + 1 < n)
            at += step;
    }
    r->len = n;
    incref_range(r, r->items, n);
    return r;
}

int adder_list_extend(adder_list_t *l, const adder_list_t *other) {
    int64_t n = other->len;
    if (n == 0)
        return 0; /* an empty list may have no buffer: memcpy from NULL is UB */
    if (reserve(l, n) != 0)
        return -1;
    /* other may be l itself: copy only its first n elements */
    memcpy(l->items + at_bytes(l, l->len), other->items, at_bytes(l, n));
    incref_range(l, l->items + at_bytes(l, l->len), n);
    l->len += n;
    return 0;
}

adder_list_t *adder_list_concat(const adder_list_t *a, const adder_list_t *b) {
    adder_list_t *r;
    if (b->len > INT64_MAX / 2 - a->len) {
        adder_raise_memory_error();
        return NULL;
    }
    r = new_like(a, a->len + b->len);
    if (!r)
        return NULL;
    adder_list_extend(r, a); /* capacity is reserved: cannot fail */
    adder_list_extend(r, b);
    return r;
}

adder_list_t *adder_list_repeat(const adder_list_t *l, int64_t n) {
    adder_list_t *r;
    if (n <= 0 || l->len == 0)
        return new_like(l, 0);
    if (n > INT64_MAX / 2 / l->len) {
        adder_raise_memory_error();
        return NULL;
    }
    r = new_like(l, l->len * n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        adder_list_extend(r, l);
    return r;
}

/* Index of the first element equal to elem, -1 if none, -2 on error. */
static int64_t find(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq) {
    for (int64_t i = 0; i < l->len; i++) {
        int r = eq(adder_list_at(l, i), elem);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

int adder_list_contains(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq) {
    int64_t i = find(l, elem, eq);
    return i == -2 ? -1 : i >= 0;
}

int adder_list_index(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq,
                     adder_elem_repr_fn repr, int64_t *out) {
    ADDER_STR_LITERAL_N(not_in, " is not in list", 15, 1);
    ADDER_STR_LITERAL_N(value_not_in, "value is not in list", 20, 1);
    adder_str_t *r, *msg;
    int64_t i = find(l, elem, eq);
    if (i >= 0) {
        *out = i;
        return 0;
    }
    if (i == -2)
        return -1;
    if (!repr)
        return adder_raise(ADDER_EXC(ValueError), &value_not_in);
    r = repr(elem);
    if (!r)
        return -1;
    msg = adder_str_concat(r, &not_in);
    adder_decref(r);
    if (!msg)
        return -1;
    adder_raise(ADDER_EXC(ValueError), msg);
    adder_decref(msg);
    return -1;
}

int64_t adder_list_count(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq) {
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = eq(adder_list_at(l, i), elem);
        if (r < 0)
            return -1;
        n += r;
    }
    return n;
}

/* Swaps elements i and j through a small stack buffer. */
static void swap(adder_list_t *l, int64_t i, int64_t j) {
    unsigned char tmp[64];
    unsigned char *a = adder_list_at(l, i);
    unsigned char *b = adder_list_at(l, j);
    for (size_t off = 0; off < l->elem_size; off += sizeof tmp) {
        size_t n = l->elem_size - off < sizeof tmp ? l->elem_size - off : sizeof tmp;
        memcpy(tmp, a + off, n);
        memcpy(a + off, b + off, n);
        memcpy(b + off, tmp, n);
    }
}

void adder_list_reverse(adder_list_t *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--)
        swap(l, i, j);
}

void adder_list_clear(adder_list_t *l) {
    int64_t n = l->len;
    l->len = 0;
    decref_range(l, l->items, n);
    adder_free(l->items, at_bytes(l, l->cap));
    l->items = NULL;
    l->cap = 0;
}

/* ---- element equality ---- */

int adder_elem_eq_i64(const void *a, const void *b) {
    int64_t x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

/* Python float ==: NaN is unequal to itself. (CPython's `in` also tests
 * identity first; unboxed floats have no identity, so `nan in [nan]` is
 * False here even for the same variable: a documented divergence.) */
int adder_elem_eq_f64(const void *a, const void *b) {
    double x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

int adder_elem_eq_bool(const void *a, const void *b) {
    bool x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

int adder_elem_eq_str(const void *a, const void *b) {
    const adder_str_t *x, *y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return adder_str_eq(x, y);
}

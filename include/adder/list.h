/* adder/list.h: Python list with unboxed elements.
 *
 * A list stores its items inline in one array of len * elem_size bytes:
 * list[int] is an int64_t array, list[float] a double array,
 * list[tuple[float, float]] an array of 16-byte structs, list[str] an array
 * of adder_str_t pointers. elem_kind says whether an element is an object
 * pointer the list owns a reference to (ADDER_ELEM_OBJECT: incref on store,
 * decref on removal/dealloc) or plain bytes (ADDER_ELEM_SCALAR). Tuples
 * that contain object pointers need a third kind (per-field offsets):
 * not done yet.
 *
 * Elements are passed by address (const void *elem, void *out), elem_size
 * bytes each. Stores borrow the caller's element (the list increfs it);
 * adder_list_get copies a borrowed element out (no incref); pop transfers
 * the list's reference to the caller. Growth is geometric (x1.5), so
 * append is amortized O(1).
 *
 * The static inline accessors at the end are for the code generator: it
 * emits the bounds check (adder_list_check_index) and then the unchecked
 * access. */
#ifndef ADDER_LIST_H
#define ADDER_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "adder/object.h"

typedef enum {
    ADDER_ELEM_SCALAR = 0, /* bytes: ints, floats, bools, plain structs */
    ADDER_ELEM_OBJECT = 1  /* an adder_object_t pointer, reference owned */
} adder_elem_kind_t;

typedef struct adder_list {
    adder_object_t ob;
    unsigned char *items; /* cap * elem_size bytes, or NULL when cap == 0 */
    int64_t len;
    int64_t cap;
    uint32_t elem_size;
    uint8_t elem_kind; /* adder_elem_kind_t */
} adder_list_t;

extern const adder_type_t adder_list_type;

/* Element equality for in/index/count/remove: 1, 0, or -1 with an
 * exception set. */
typedef int (*adder_elem_eq_fn)(const void *a, const void *b);
/* repr of an element (for ValueError "x is not in list"): new str or NULL. */
typedef struct adder_str *(*adder_elem_repr_fn)(const void *elem);

/* Equality callbacks for the common element types. */
int adder_elem_eq_i64(const void *a, const void *b);
int adder_elem_eq_f64(const void *a, const void *b);
int adder_elem_eq_bool(const void *a, const void *b);
int adder_elem_eq_str(const void *a, const void *b);

/* A new empty list with room for capacity elements. */
adder_list_t *adder_list_new(uint32_t elem_size, adder_elem_kind_t kind, int64_t capacity);
int adder_list_append(adder_list_t *l, const void *elem);
/* l.insert(i, x): i clamped to [0, len] after adding len to a negative i. */
int adder_list_insert(adder_list_t *l, int64_t i, const void *elem);
/* l.pop() / l.pop(i) into *out (the reference moves to the caller). */
int adder_list_pop_last(adder_list_t *l, void *out);
int adder_list_pop(adder_list_t *l, int64_t i, void *out);
/* l[i] copied into *out (borrowed); IndexError "list index out of range". */
int adder_list_get(const adder_list_t *l, int64_t i, void *out);
/* l[i] = x; IndexError "list assignment index out of range". */
int adder_list_set(adder_list_t *l, int64_t i, const void *elem);
/* l[start:stop:step] as a new list (ADDER_SLICE_NONE for omitted bounds). */
adder_list_t *adder_list_slice(const adder_list_t *l, int64_t start, int64_t stop, int64_t step);
adder_list_t *adder_list_concat(const adder_list_t *a, const adder_list_t *b);
/* l * n; n <= 0 gives an empty list. */
adder_list_t *adder_list_repeat(const adder_list_t *l, int64_t n);
/* l += other (l.extend(other) of a list of the same element type). */
int adder_list_extend(adder_list_t *l, const adder_list_t *other);
/* x in l: 1, 0, or -1 on error. */
int adder_list_contains(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq);
/* l.index(x) into *out; ValueError "<repr> is not in list" (repr may be
 * NULL, then the message is "value is not in list"). */
int adder_list_index(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq,
                     adder_elem_repr_fn repr, int64_t *out);
/* l.count(x), or -1 on error. */
int64_t adder_list_count(const adder_list_t *l, const void *elem, adder_elem_eq_fn eq);
void adder_list_reverse(adder_list_t *l);
void adder_list_clear(adder_list_t *l);

/* ---- inline fast paths for generated code ---- */

static inline int64_t adder_list_len(const adder_list_t *l) {
    return l->len;
}

/* Normalizes a negative index in place; 0 if in range, else -1 with
 * IndexError "list index out of range". */
int adder_list_check_index(const adder_list_t *l, int64_t *i);

/* Address of element i, 0 <= i < len (unchecked). */
static inline void *adder_list_at(const adder_list_t *l, int64_t i) {
    return l->items + (size_t)i * l->elem_size;
}
static inline int64_t adder_list_get_i64(const adder_list_t *l, int64_t i) {
    int64_t v;
    memcpy(&v, adder_list_at(l, i), sizeof v);
    return v;
}
static inline void adder_list_set_i64(adder_list_t *l, int64_t i, int64_t v) {
    memcpy(adder_list_at(l, i), &v, sizeof v);
}
static inline double adder_list_get_f64(const adder_list_t *l, int64_t i) {
    double v;
    memcpy(&v, adder_list_at(l, i), sizeof v);
    return v;
}
static inline void adder_list_set_f64(adder_list_t *l, int64_t i, double v) {
    memcpy(adder_list_at(l, i), &v, sizeof v);
}
/* Borrowed object pointer at i (ADDER_ELEM_OBJECT lists). */
static inline void *adder_list_get_obj(const adder_list_t *l, int64_t i) {
    void *p;
    memcpy(&p, adder_list_at(l, i), sizeof p);
    return p;
}
/* Stores p (borrowed: increfed) at i, releasing the old element. */
static inline void adder_list_set_obj(adder_list_t *l, int64_t i, void *p) {
    void *old = adder_list_get_obj(l, i);
    adder_incref(p);
    memcpy(adder_list_at(l, i), &p, sizeof p);
    adder_decref(old);
}

#endif

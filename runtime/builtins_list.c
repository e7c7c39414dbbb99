/* runtime/builtins_list.c: list builtins per element kind, for generated
 * code: repr (print of a list), sorted/sort (stable merge sort, like
 * CPython's timsort on a total order), min/max/sum, and typed wrappers of
 * pop/insert/index/count/in, plus bytearray (a list of uint8_t).
 *
 * Each kind k (i64, f64, bool, str, obj) supplies three callbacks: element
 * equality, "less than" and repr; the generic code works on element
 * addresses. Objects of the obj kind compare by identity and cannot be
 * ordered (TypeError, as CPython without __lt__). */
#include <string.h>

#include "adder/builtins.h"


int adder_elem_eq_ptr(const void *a, const void *b) {
    void *x, *y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

/* ---- per-kind callbacks ---- */

int adder_elem_lt_i64(const void *a, const void *b) {
    int64_t x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x < y;
}

int adder_elem_lt_f64(const void *a, const void *b) {
    double x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x < y;
}

int adder_elem_lt_bool(const void *a, const void *b) {
    bool x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x < y;
}

int adder_elem_lt_str(const void *a, const void *b) {
    const adder_str_t *x, *y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return adder_str_compare(x, y) < 0;
}

int adder_elem_lt_obj(const void *a, const void *b) {
    (void)a;
    (void)b;
    return adder_raise_text(ADDER_EXC(TypeError),
                            ADDER_ERROR_TEXT("'<' not supported between instances"));
}

adder_str_t *adder_elem_repr_i64(const void *p) {
    int64_t v;
    memcpy(&v, p, sizeof v);
    return adder_str_from_int(v);
}

adder_str_t *adder_elem_repr_f64(const void *p) {
    double v;
    memcpy(&v, p, sizeof v);
    return adder_str_from_float(v);
}

adder_str_t *adder_elem_repr_bool(const void *p) {
    bool v;
    memcpy(&v, p, sizeof v);
    return adder_str_from_bool(v);
}

adder_str_t *adder_elem_repr_str(const void *p) {
    const adder_str_t *s;
    memcpy(&s, p, sizeof s);
    return adder_str_repr(s);
}

adder_str_t *adder_elem_repr_obj(const void *p) {
    const adder_object_t *o;
    memcpy(&o, p, sizeof o);
    if (!o)
        return adder_str_none();
    if (o->type == &adder_str_type) /* links str_repr.c: see str.c */
        return adder_str_repr((const adder_str_t *)o);
    if (o->type->repr)
        return o->type->repr(o);
    adder_strbuf_t b;
    adder_strbuf_init(&b);
    adder_strbuf_append_utf8(&b, "<", 1);
    adder_strbuf_append_utf8(&b, o->type->name, strlen(o->type->name));
    adder_strbuf_append_utf8(&b, " object>", 8);
    return adder_strbuf_finish(&b);
}

/* ---- generic implementations ---- */

static adder_str_t *list_repr(const adder_list_t *l, adder_elem_repr_fn repr) {
    adder_strbuf_t b;
    adder_strbuf_init(&b);
    adder_strbuf_append_utf8(&b, "[", 1);
    for (int64_t i = 0; i < l->len; i++) {
        if (i)
            adder_strbuf_append_utf8(&b, ", ", 2);
        adder_str_t *r = repr(adder_list_at(l, i));
        if (!r) {
            adder_strbuf_discard(&b);
            return NULL;
        }
        adder_strbuf_append_str(&b, r);
        adder_decref(r);
    }
    adder_strbuf_append_utf8(&b, "]", 1);
    return adder_strbuf_finish(&b);
}

/* Stable merge of runs [lo, mid) and [mid, hi) of size-byte items. */
static int merge(unsigned char *a, unsigned char *tmp, int64_t lo, int64_t mid, int64_t hi,
                 size_t size, adder_elem_lt_fn less, bool reverse) {
    int64_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        const void *x = a + (size_t)j * size, *y = a + (size_t)i * size;
        int lt = reverse ? less(y, x) : less(x, y);
        if (lt < 0)
            return -1;
        if (lt)
            memcpy(tmp + (size_t)k++ * size, a + (size_t)j++ * size, size);
        else
            memcpy(tmp + (size_t)k++ * size, a + (size_t)i++ * size, size);
    }
    while (i < mid)
        memcpy(tmp + (size_t)k++ * size, a + (size_t)i++ * size, size);
    while (j < hi)
        memcpy(tmp + (size_t)k++ * size, a + (size_t)j++ * size, size);
    memcpy(a + (size_t)lo * size, tmp + (size_t)lo * size, (size_t)(hi - lo) * size);
    return 0;
}

/* Bottom-up merge sort (no recursion on data); reverse sorts descending
 * and keeps equal items in their original order, as CPython. On an error the list keeps
 * a permutation of its items. */
static int list_sort(adder_list_t *l, adder_elem_lt_fn less, bool reverse) {
    size_t size = l->elem_size, bytes = (size_t)l->len * size;
    if (l->len < 2)
        return 0;
    unsigned char *tmp = adder_alloc(bytes);
    if (!tmp)
        return adder_raise_memory_error();
    int rc = 0;
    for (int64_t w = 1; w < l->len && rc == 0; w *= 2)
        for (int64_t lo = 0; lo < l->len - w && rc == 0; lo += 2 * w) {
            int64_t hi = lo + 2 * w < l->len ? lo + 2 * w : l->len;
            rc = merge(l->items, tmp, lo, lo + w, hi, size, less, reverse);
        }
    adder_free(tmp, bytes);
    return rc;
}

/* a == b element by element (an element error counts as unequal). */
static bool list_eq(const adder_list_t *a, const adder_list_t *b, adder_elem_eq_fn eq) {
    if (a == b && eq != adder_elem_eq_f64)
        return true;
    if (a->len != b->len)
        return false;
    for (int64_t i = 0; i < a->len; i++)
        if (eq(adder_list_at(a, i), adder_list_at(b, i)) != 1)
            return false;
    return true;
}

adder_list_t *adder_list_copy(const adder_list_t *l) {
    return adder_list_slice(l, ADDER_SLICE_NONE, ADDER_SLICE_NONE, 1);
}

static adder_list_t *list_sorted(const adder_list_t *l, adder_elem_lt_fn less, bool reverse) {
    adder_list_t *c = adder_list_copy(l);
    if (c && list_sort(c, less, reverse) < 0) {
        adder_decref(c);
        return NULL;
    }
    return c;
}

/* Index of the min (want_max false) or max item; -1 and ValueError if empty. */
static int64_t list_extreme(const adder_list_t *l, adder_elem_lt_fn less, bool want_max) {
    if (l->len == 0) {
        adder_raise_text(ADDER_EXC(ValueError),
                         want_max ? ADDER_ERROR_TEXT("max() arg is an empty sequence")
                                  : ADDER_ERROR_TEXT("min() arg is an empty sequence"));
        return -1;
    }
    int64_t best = 0;
    for (int64_t i = 1; i < l->len; i++) {
        const void *x = adder_list_at(l, i), *b = adder_list_at(l, best);
        int lt = want_max ? less(b, x) : less(x, b);
        if (lt < 0)
            return -1;
        if (lt)
            best = i;
    }
    return best;
}

int64_t adder_list_sum_i64(const adder_list_t *l) {
    int64_t s = 0;
    for (int64_t i = 0; i < l->len; i++)
        if (adder_i64_add(s, adder_list_get_i64(l, i), &s) < 0)
            return 0;
    return s;
}

double adder_list_sum_f64(const adder_list_t *l) {
    double s = 0.0;
    for (int64_t i = 0; i < l->len; i++)
        s += adder_list_get_f64(l, i);
    return s;
}

/* ---- per-kind wrappers ---- */

#define KIND_OBJECT_i64 0
#define KIND_OBJECT_f64 0
#define KIND_OBJECT_bool 0
#define KIND_OBJECT_str 1
#define KIND_OBJECT_obj 1

/* Copies the smallest (max: largest) element of l into out, or zeroes out
 * when l is empty (list_extreme has raised ValueError); returns whether an
 * element was copied. */
static bool extreme_into(const adder_list_t *l, adder_elem_lt_fn lt, bool max, void *out, size_t size) {
    int64_t i = list_extreme(l, lt, max);
    memset(out, 0, size);
    if (i < 0)
        return false;
    memcpy(out, adder_list_at(l, i), size);
    return true;
}

static void retain_i64(int64_t v) { (void)v; }
static void retain_f64(double v) { (void)v; }
static void retain_bool(bool v) { (void)v; }
static void retain_str(adder_str_t *v) { adder_incref(v); }
static void retain_obj(void *v) { adder_xincref(v); }

#define DEFINE_KIND(k, T, eqfn) \
    adder_str_t *adder_list_repr_##k(const adder_list_t *l) { return list_repr(l, adder_elem_repr_##k); } \
    adder_list_t *adder_list_sorted_##k(const adder_list_t *l, bool reverse) { \
        return list_sorted(l, adder_elem_lt_##k, reverse); \
    } \
    int adder_list_sort_##k(adder_list_t *l, bool reverse) { return list_sort(l, adder_elem_lt_##k, reverse); } \
    T adder_list_min_##k(const adder_list_t *l) { \
        T v; \
        if (extreme_into(l, adder_elem_lt_##k, false, &v, sizeof v)) \
            retain_##k(v); \
        return v; \
    } \
    T adder_list_max_##k(const adder_list_t *l) { \
        T v; \
        if (extreme_into(l, adder_elem_lt_##k, true, &v, sizeof v)) \
            retain_##k(v); \
        return v; \
    } \
    T adder_list_pop_##k(adder_list_t *l, int64_t i) { \
        T v; \
        memset(&v, 0, sizeof v); \
        adder_list_pop(l, i, &v); \
        return v; \
    } \
    int adder_list_insert_##k(adder_list_t *l, int64_t i, T v) { return adder_list_insert(l, i, &v); } \
    int64_t adder_list_index_##k(const adder_list_t *l, T v) { \
        int64_t out = 0; \
        adder_list_index(l, &v, eqfn, adder_elem_repr_##k, &out); \
        return out; \
    } \
    int64_t adder_list_count_##k(const adder_list_t *l, T v) { return adder_list_count(l, &v, eqfn); } \
    bool adder_list_contains_##k(const adder_list_t *l, T v) { \
        return adder_list_contains(l, &v, eqfn) > 0; \
    } \
    bool adder_list_eq_##k(const adder_list_t *a, const adder_list_t *b) { \
        return list_eq(a, b, eqfn); \
    } \
    adder_list_t *adder_list_new_##k(int64_t capacity) { \
        return adder_list_new(sizeof(T), KIND_OBJECT_##k ? ADDER_ELEM_OBJECT : ADDER_ELEM_SCALAR, \
                              capacity); \
    }

DEFINE_KIND(i64, int64_t, adder_elem_eq_i64)
DEFINE_KIND(f64, double, adder_elem_eq_f64)
DEFINE_KIND(bool, bool, adder_elem_eq_bool)
DEFINE_KIND(str, adder_str_t *, adder_elem_eq_str)
DEFINE_KIND(obj, void *, adder_elem_eq_ptr)

/* ---- bytearray ---- */

static int byte_range_error(void) {
    return adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("byte must be in range(0, 256)"));
}

adder_list_t *adder_bytearray_new(int64_t n) {
    if (n < 0) {
        adder_raise_text(ADDER_EXC(ValueError), ADDER_ERROR_TEXT("negative count"));
        return NULL;
    }
    adder_list_t *b = adder_list_new(1, ADDER_ELEM_SCALAR, n);
    if (!b)
        return NULL;
    uint8_t zero = 0;
    for (int64_t i = 0; i < n; i++)
        adder_list_append(b, &zero); /* cannot fail: the capacity is there */
    return b;
}

int adder_bytearray_set(adder_list_t *b, int64_t i, int64_t v) {
    if (v < 0 || v > 255)
        return byte_range_error();
    ((uint8_t *)b->items)[i] = (uint8_t)v;
    return 0;
}

int adder_bytearray_append(adder_list_t *b, int64_t v) {
    if (v < 0 || v > 255)
        return byte_range_error();
    uint8_t byte = (uint8_t)v;
    return adder_list_append(b, &byte);
}

bool adder_bytearray_contains(const adder_list_t *b, int64_t v) {
    if (v < 0 || v > 255)
        return false;
    return b->len > 0 && memchr(b->items, (int)v, (size_t)b->len) != NULL;
}

adder_list_t *adder_bytearray_from_list(const adder_list_t *l) {
    adder_list_t *b = adder_list_new(1, ADDER_ELEM_SCALAR, l->len);
    if (!b)
        return NULL;
    for (int64_t i = 0; i < l->len; i++)
        if (adder_bytearray_append(b, adder_list_get_i64(l, i)) < 0) {
            adder_decref(b);
            return NULL;
        }
    return b;
}

/* bytearray(b'...') as CPython prints it: printable ASCII as is, \t \n
 * \r, other bytes \xNN, the quote chosen as for bytes. */
adder_str_t *adder_bytearray_repr(const adder_list_t *b) {
    const uint8_t *p = b->items;
    bool has_single = memchr(p, '\'', (size_t)b->len) != NULL;
    bool has_double = memchr(p, '"', (size_t)b->len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    adder_strbuf_t sb;
    adder_strbuf_init(&sb);
    adder_strbuf_append_utf8(&sb, "bytearray(b", 11);
    adder_strbuf_append_utf8(&sb, &quote, 1);
    for (int64_t i = 0; i < b->len; i++) {
        static const char hex[] = "0123456789abcdef";
        uint8_t c = p[i];
        char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
        if (c == '\'' || c == '\\') { /* CPython escapes ' even inside "..." */
            esc[1] = (char)c;
            adder_strbuf_append_utf8(&sb, esc, 2);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            adder_strbuf_append_utf8(&sb, esc, 2);
        } else if (c < 0x20 || c >= 0x7f) {
            adder_strbuf_append_utf8(&sb, esc, 4);
        } else {
            adder_strbuf_append_utf8(&sb, (const char *)&c, 1);
        }
    }
    adder_strbuf_append_utf8(&sb, &quote, 1);
    adder_strbuf_append_utf8(&sb, ")", 1);
    return adder_strbuf_finish(&sb);
}

/* ---- generic entries with caller-supplied callbacks ---- */

adder_str_t *adder_list_repr_with(const adder_list_t *l, adder_elem_repr_fn repr) {
    return list_repr(l, repr);
}

bool adder_list_eq_with(const adder_list_t *a, const adder_list_t *b, adder_elem_eq_fn eq) {
    return list_eq(a, b, eq);
}

int adder_list_lt_with(const adder_list_t *a, const adder_list_t *b, adder_elem_eq_fn eq,
                       adder_elem_lt_fn lt) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        int r = eq(adder_list_at(a, i), adder_list_at(b, i));
        if (r != 1)
            return r < 0 ? r : lt(adder_list_at(a, i), adder_list_at(b, i));
    }
    return a->len < b->len;
}

adder_list_t *adder_list_sorted_with(const adder_list_t *l, bool reverse, adder_elem_lt_fn lt) {
    return list_sorted(l, lt, reverse);
}

int adder_list_sort_with(adder_list_t *l, bool reverse, adder_elem_lt_fn lt) {
    return list_sort(l, lt, reverse);
}

int adder_list_extreme_with(const adder_list_t *l, adder_elem_lt_fn lt, bool want_max, void *out) {
    int64_t i = list_extreme(l, lt, want_max);
    if (i < 0)
        return -1;
    memcpy(out, adder_list_at(l, i), l->elem_size);
    return 0;
}

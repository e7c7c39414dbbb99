/* adder/builtins.h: what generated code includes: the whole runtime
 * (adder.h), the arithmetic helpers (arith.h), and the glue that Python's
 * builtins need beyond the object types (runtime/builtins*.c).
 *
 * Conventions as in the rest of the runtime: object arguments are
 * borrowed, object results are new references, errors return NULL / a
 * negative int, or (for functions whose result has no error value) leave
 * the exception pending in adder_rt.exc. Element kinds <k> of the list
 * helpers: i64, f64, bool, str, obj (objects compared by identity).
 * A bytearray is an adder_list_t of uint8_t (elem_size 1, scalar). */
#ifndef ADDER_BUILTINS_H
#define ADDER_BUILTINS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "adder/adder.h"
#include "adder/arith.h"
#include "adder/fixed.h" /* adder module */
#include "adder/format.h"

/* Identity comparison of object elements. */
int adder_elem_eq_ptr(const void *a, const void *b);
/* a < b of two elements: 1, 0, or -1 with an exception set. */
typedef int (*adder_elem_lt_fn)(const void *a, const void *b);
#define ADDER_ELEM_KIND_FNS(k, T) \
    int adder_elem_lt_##k(const void *a, const void *b); \
    adder_str_t *adder_elem_repr_##k(const void *p);

/* ---- sys ---- */
/* Records the program's arguments for sys.argv; -1 on MemoryError. */
int adder_sys_argv_init(int argc, char **argv);
adder_list_t *adder_sys_argv(void);

/* ---- numbers ---- */
int64_t adder_int_abs(int64_t v);
int64_t adder_int_from_str(const adder_str_t *s);
/* int(s, base) for base 0 or 2..36, CPython's rules (prefixes 0x/0o/0b). */
int64_t adder_int_from_str_base(const adder_str_t *s, int64_t base);
/* round(v, ndigits) of an int: half to even at 10**-ndigits. */
int64_t adder_int_round(int64_t v, int64_t ndigits);
/* pow(a, b, m); ValueError "pow() 3rd argument cannot be 0". */
int64_t adder_int_powmod(int64_t a, int64_t b, int64_t m);
double adder_float_from_str(const adder_str_t *s);
int64_t adder_float_round_int(double v);
double adder_float_round(double v, int64_t ndigits);
int64_t adder_float_floor(double v);
int64_t adder_float_ceil(double v);
double adder_math_sqrt(double v);
double adder_math_log(double v);
double adder_math_exp(double v);
/* math.log(x, base). */
double adder_math_log_base(double x, double base);
double adder_math_sin(double v);
double adder_math_cos(double v);
double adder_math_tan(double v);
double adder_math_atan2(double y, double x);
double adder_math_fabs(double v);
bool adder_math_isnan(double v);
bool adder_math_isinf(double v);

/* ValueError "too many values to unpack (expected E)" / "not enough
 * values to unpack (expected E, got G)"; returns -1. */
int adder_raise_unpack_error(int64_t got, int64_t expected);

/* ---- str ---- */
adder_str_t *adder_str_hex(int64_t v);
adder_str_t *adder_str_oct(int64_t v);
adder_str_t *adder_str_bin(int64_t v);
adder_str_t *adder_str_chr(int64_t cp);
int64_t adder_str_ord(const adder_str_t *s);
bool adder_str_isdigit(const adder_str_t *s);
adder_str_t *adder_format_int_str(int64_t v, const adder_str_t *spec);
adder_str_t *adder_format_float_str(double v, const adder_str_t *spec);
adder_str_t *adder_format_str_str(const adder_str_t *v, const adder_str_t *spec);

/* ---- bytearray ---- */
adder_list_t *adder_bytearray_new(int64_t n);
static inline int64_t adder_bytearray_get(const adder_list_t *b, int64_t i) {
    return ((const uint8_t *)b->items)[i];
}
/* b[i] = v with i in range; ValueError "byte must be in range(0, 256)". */
int adder_bytearray_set(adder_list_t *b, int64_t i, int64_t v);
int adder_bytearray_append(adder_list_t *b, int64_t v);
bool adder_bytearray_contains(const adder_list_t *b, int64_t v);
/* bytearray(list[int]); ValueError as bytearray_append. */
adder_list_t *adder_bytearray_from_list(const adder_list_t *l);
/* repr(b): "bytearray(b'...')". */
adder_str_t *adder_bytearray_repr(const adder_list_t *b);

/* ---- lists, per element kind ---- */
adder_list_t *adder_list_copy(const adder_list_t *l);
int64_t adder_list_sum_i64(const adder_list_t *l);
double adder_list_sum_f64(const adder_list_t *l);

#define ADDER_LIST_KINDS(X) \
    X(i64, int64_t) X(f64, double) X(bool, bool) X(str, adder_str_t *) X(obj, void *)

#define ADDER_LIST_DECLARE(k, T) \
    adder_str_t *adder_list_repr_##k(const adder_list_t *l); \
    adder_list_t *adder_list_sorted_##k(const adder_list_t *l, bool reverse); \
    int adder_list_sort_##k(adder_list_t *l, bool reverse); \
    T adder_list_min_##k(const adder_list_t *l); \
    T adder_list_max_##k(const adder_list_t *l); \
    T adder_list_pop_##k(adder_list_t *l, int64_t i); \
    int adder_list_insert_##k(adder_list_t *l, int64_t i, T v); \
    int64_t adder_list_index_##k(const adder_list_t *l, T v); \
    int64_t adder_list_count_##k(const adder_list_t *l, T v); \
    bool adder_list_contains_##k(const adder_list_t *l, T v); \
    bool adder_list_eq_##k(const adder_list_t *a, const adder_list_t *b); \
    adder_list_t *adder_list_new_##k(int64_t capacity);
ADDER_LIST_KINDS(ADDER_LIST_DECLARE)
ADDER_LIST_KINDS(ADDER_ELEM_KIND_FNS)
#undef ADDER_LIST_DECLARE
#undef ADDER_ELEM_KIND_FNS

/* The same operations for any element type, with callbacks (the code
 * generator writes them for tuples and nested lists). */
adder_str_t *adder_list_repr_with(const adder_list_t *l, adder_elem_repr_fn repr);
bool adder_list_eq_with(const adder_list_t *a, const adder_list_t *b, adder_elem_eq_fn eq);
/* a < b lexicographically: 1, 0, or -1 on error. */
int adder_list_lt_with(const adder_list_t *a, const adder_list_t *b, adder_elem_eq_fn eq,
                       adder_elem_lt_fn lt);
adder_list_t *adder_list_sorted_with(const adder_list_t *l, bool reverse, adder_elem_lt_fn lt);
int adder_list_sort_with(adder_list_t *l, bool reverse, adder_elem_lt_fn lt);
/* min (want_max false) or max item copied to *out (borrowed); ValueError
 * when empty. */
int adder_list_extreme_with(const adder_list_t *l, adder_elem_lt_fn lt, bool want_max, void *out);

#endif

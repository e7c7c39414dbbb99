/* adder/fixed.h: runtime support of the `adder` module's fixed-width
 * integers for generated code (runtime/fixed.c).
 *
 * Values travel as uint64_t: a signed value sign-extended, an unsigned one
 * zero-extended; the generated code converts the result back to the C
 * type (uint8_t ...), which wraps. Every function returns 0 and stores
 * *out, or raises (ZeroDivisionError, ValueError, OverflowError) and
 * returns -1. */
#ifndef ADDER_FIXED_H
#define ADDER_FIXED_H

#include <stdbool.h>
#include <stdint.h>

struct adder_str;

/* The operators of adder_fix_bin. */
enum { ADDER_FIX_FLOORDIV = 1, ADDER_FIX_MOD, ADDER_FIX_LSHIFT, ADDER_FIX_RSHIFT, ADDER_FIX_POW };

/* a op b for op (AstBinOp) //, %, <<, >>, ** in a type of `bits` bits,
 * Python semantics then wrapping: floor division and modulo, shifts by any
 * count (negative: ValueError), ** by a non-negative exponent. */
int adder_fix_bin(int op, unsigned bits, int is_signed, uint64_t a, uint64_t b, uint64_t *out);
/* int(v) modulo 2**64 (wrapped by the caller's cast); NaN: ValueError,
 * infinity: OverflowError, as int(). */
int adder_fix_from_f64(double v, uint64_t *out);
/* int(x) of a u64: OverflowError above INT64_MAX (Adder's int is 64-bit). */
int adder_fix_u64_to_i64(uint64_t v, int64_t *out);
/* str(x) of a u64. */
struct adder_str *adder_str_from_u64(uint64_t v);

#endif

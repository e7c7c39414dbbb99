/* sema/types.h: the types of Adder programs.
 *
 * Types are interned in a TypeTable (one per compilation, arena-allocated):
 * two types are equal exactly when their pointers are equal. Scalars are
 * unboxed in generated code (int = int64_t, float = double, bool); str,
 * list, bytearray and class instances are reference-counted heap objects;
 * a tuple is an unboxed struct of its element types; `T | None` is a
 * nullable pointer when T is an object type (TY_OPTIONAL). */
#ifndef ADDER_SEMA_TYPES_H
#define ADDER_SEMA_TYPES_H

#include "support/arena.h"
#include "support/util.h"

typedef struct ClassInfo ClassInfo;
typedef struct FuncInfo FuncInfo;

typedef enum TypeKind {
    TY_ERROR,     /* after a reported type error; silences follow-up errors */
    TY_NONE,      /* the type of None (a function returning nothing) */
    TY_BOOL,
    TY_INT,       /* int64_t; inexact results raise OverflowError */
    TY_FLOAT,     /* double */
    TY_STR,
    TY_BYTEARRAY,
    TY_LIST,      /* elem */
    TY_TUPLE,     /* elems[nelems] */
    TY_OPTIONAL,  /* elem | None, elem an object type */
    TY_CLASS,     /* cls: a user class, or a builtin exception class */
    TY_FUNC,      /* fn: a function or method, as a value (only called, never stored) */
    TY_MODULE,    /* name: an imported module (math, sys) */
    TY_RANGE,     /* what range(...) returns; only iterated */
    /* --- adder module (DESIGN §3) --- */
    TY_FIXED,     /* adder.u8 .. adder.i64: bits, is_signed; wrapping arithmetic */
    TY_F32,       /* adder.f32: C float */
    TY_REG,       /* adder.Reg32/16/8: bits; a register address (uintptr_t) */
    TY__COUNT
} TypeKind;

typedef struct Type {
    TypeKind kind;
    const struct Type *elem;     /* TY_LIST, TY_OPTIONAL */
    const struct Type **elems;   /* TY_TUPLE */
    uint32_t nelems;
    ClassInfo *cls;              /* TY_CLASS */
    FuncInfo *fn;                /* TY_FUNC */
    const char *name;            /* TY_MODULE; TY_FIXED, TY_F32, TY_REG: "u8", "Reg32" */
    uint8_t bits;                /* TY_FIXED, TY_REG: 8, 16, 32, 64 */
    bool is_signed;              /* TY_FIXED */
} Type;

/* Index of a fixed-width type in TypeTable.fixed: u8 i8 u16 i16 u32 i32 u64 i64. */
enum { TYPES_NFIXED = 8, TYPES_NREG = 3 };

typedef struct TypeTable {
    Arena *arena;
    const Type *error, *none, *bool_, *int_, *float_, *str, *bytearray, *range;
    const Type *fixed[TYPES_NFIXED], *f32, *reg[TYPES_NREG]; /* reg: Reg8, Reg16, Reg32 */
    VEC(const Type *) interned;  /* every composite type made so far */
} TypeTable;

/* ---- types.c ---- */
void types_init(TypeTable *tt, Arena *arena);
void types_free(TypeTable *tt);
const Type *types_list(TypeTable *tt, const Type *elem);
const Type *types_tuple(TypeTable *tt, const Type **elems, uint32_t n);
const Type *types_optional(TypeTable *tt, const Type *elem);
const Type *types_class(TypeTable *tt, ClassInfo *cls);
const Type *types_func(TypeTable *tt, FuncInfo *fn);
const Type *types_module(TypeTable *tt, const char *name);

/* Heap objects with a reference count (str, list, bytearray, instances,
 * and optionals of those); false for NULL. */
bool type_is_object(const Type *ty);
/* An object, or a tuple holding objects at any depth: values of the type
 * own references. */
bool type_has_objects(const Type *ty);
static inline bool type_is_numeric(const Type *ty) {
    return ty->kind == TY_INT || ty->kind == TY_FLOAT || ty->kind == TY_BOOL;
}
/* The fixed-width type of that many bits and signedness. */
const Type *types_fixed(TypeTable *tt, unsigned bits, bool is_signed);
/* int, bool, float, a fixed-width int or f32: converts with u8(x) etc. */
static inline bool type_is_scalar_num(const Type *ty) {
    return type_is_numeric(ty) || ty->kind == TY_FIXED || ty->kind == TY_F32;
}
/* Python spelling for messages: "list[tuple[int, float]]", "Body | None". */
void type_format(Buf *out, const Type *ty);
/* Same, in a static ring buffer, for diag_error arguments. */
const char *type_name(const Type *ty);

#endif

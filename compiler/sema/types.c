/* sema/types.c: interning and printing of Adder types.
 *
 * The scalar types are made once by types_init; every composite type (list,
 * tuple, optional, class, function, module) is looked up in
 * TypeTable.interned before a new one is made, so that two types are equal
 * exactly when their pointers are. The tables are small (a program has a
 * few dozen distinct types), so the lookup is a linear scan.
 * type_format prints the Python spelling used in diagnostics. */
#include "sema/sema.h"

#include <stdlib.h>
#include <string.h>

/* type_name() keeps this many results alive at once: enough for the two or
 * three type names one diagnostic mentions. */
enum { TYPE_NAME_RING = 8, TYPE_NAME_MAX = 256 };

static const Type *scalar(TypeTable *tt, TypeKind kind) {
    Type *ty = arena_new(tt->arena, Type);
    ty->kind = kind;
    return ty;
}

void types_init(TypeTable *tt, Arena *arena) {
    memset(tt, 0, sizeof *tt);
    tt->arena = arena;
    tt->error = scalar(tt, TY_ERROR);
    tt->none = scalar(tt, TY_NONE);
    tt->bool_ = scalar(tt, TY_BOOL);
    tt->int_ = scalar(tt, TY_INT);
    tt->float_ = scalar(tt, TY_FLOAT);
    tt->str = scalar(tt, TY_STR);
    tt->bytearray = scalar(tt, TY_BYTEARRAY);
    tt->range = scalar(tt, TY_RANGE);
    /* --- adder module --- */
    static const char *const fixed_names[TYPES_NFIXED] = {"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"};
    for (unsigned i = 0; i < TYPES_NFIXED; i++) {
        Type *ty = arena_new(tt->arena, Type);
        ty->kind = TY_FIXED;
        ty->bits = (uint8_t)(8u << (i / 2));
        ty->is_signed = i % 2;
        ty->name = fixed_names[i];
        tt->fixed[i] = ty;
    }
    Type *f = arena_new(tt->arena, Type);
    f->kind = TY_F32;
    f->name = "f32";
    tt->f32 = f;
    static const char *const reg_names[TYPES_NREG] = {"Reg8", "Reg16", "Reg32"};
    for (unsigned i = 0; i < TYPES_NREG; i++) {
        Type *ty = arena_new(tt->arena, Type);
        ty->kind = TY_REG;
        ty->bits = (uint8_t)(8u << i);
        ty->name = reg_names[i];
        tt->reg[i] = ty;
    }
}

const Type *types_fixed(TypeTable *tt, unsigned bits, bool is_signed) {
    unsigned i = bits == 8 ? 0 : bits == 16 ? 2 : bits == 32 ? 4 : 6;
    return tt->fixed[i + (is_signed ? 1 : 0)];
}

void types_free(TypeTable *tt) { vec_free(&tt->interned); }

static bool same(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->nelems != b->nelems || a->cls != b->cls ||
        a->fn != b->fn)
        return false;
    if (a->name != b->name && (!a->name || !b->name || strcmp(a->name, b->name) != 0))
        return false;
    for (uint32_t i = 0; i < a->nelems; i++)
        if (a->elems[i] != b->elems[i])
            return false;
    return true;
}

/* Returns the interned copy of *key, making one if needed. */
static const Type *intern(TypeTable *tt, const Type *key) {
    for (uint32_t i = 0; i < tt->interned.n; i++)
        if (same(tt->interned.items[i], key))
            return tt->interned.items[i];
    Type *ty = arena_new(tt->arena, Type);
    *ty = *key;
    if (key->nelems)
        ty->elems = arena_memdup(tt->arena, key->elems, sizeof(*key->elems) * key->nelems);
    vec_push(&tt->interned, ty);
    return ty;
}

const Type *types_list(TypeTable *tt, const Type *elem) {
    return intern(tt, &(Type){.kind = TY_LIST, .elem = elem});
}

const Type *types_tuple(TypeTable *tt, const Type **elems, uint32_t n) {
    return intern(tt, &(Type){.kind = TY_TUPLE, .elems = elems, .nelems = n});
}

const Type *types_optional(TypeTable *tt, const Type *elem) {
    if (elem->kind == TY_OPTIONAL || elem->kind == TY_NONE || elem->kind == TY_ERROR)
        return elem;
    return intern(tt, &(Type){.kind = TY_OPTIONAL, .elem = elem});
}

const Type *types_class(TypeTable *tt, ClassInfo *cls) {
    return intern(tt, &(Type){.kind = TY_CLASS, .cls = cls});
}

const Type *types_func(TypeTable *tt, FuncInfo *fn) { return intern(tt, &(Type){.kind = TY_FUNC, .fn = fn}); }

const Type *types_module(TypeTable *tt, const char *name) {
    return intern(tt, &(Type){.kind = TY_MODULE, .name = name});
}

bool type_is_object(const Type *ty) {
    if (!ty)
        return false;
    switch (ty->kind) {
    case TY_STR:
    case TY_BYTEARRAY:
    case TY_LIST:
    case TY_CLASS: return true;
    case TY_OPTIONAL: return type_is_object(ty->elem);
    default: return false;
    }
}

bool type_has_objects(const Type *ty) {
    if (ty && ty->kind == TY_TUPLE) {
        for (uint32_t i = 0; i < ty->nelems; i++)
            if (type_has_objects(ty->elems[i]))
                return true;
        return false;
    }
    return type_is_object(ty);
}

void type_format(Buf *out, const Type *ty) {
    switch (ty->kind) {
    case TY_ERROR: buf_puts(out, "<error>"); return;
    case TY_NONE: buf_puts(out, "None"); return;
    case TY_BOOL: buf_puts(out, "bool"); return;
    case TY_INT: buf_puts(out, "int"); return;
    case TY_FLOAT: buf_puts(out, "float"); return;
    case TY_STR: buf_puts(out, "str"); return;
    case TY_BYTEARRAY: buf_puts(out, "bytearray"); return;
    case TY_RANGE: buf_puts(out, "range"); return;
    case TY_LIST:
        buf_puts(out, "list[");
        type_format(out, ty->elem);
        buf_push(out, ']');
        return;
    case TY_TUPLE:
        buf_puts(out, "tuple[");
        for (uint32_t i = 0; i < ty->nelems; i++) {
            if (i)
                buf_puts(out, ", ");
            type_format(out, ty->elems[i]);
        }
        if (!ty->nelems)
            buf_puts(out, "()");
        buf_push(out, ']');
        return;
    case TY_OPTIONAL:
        type_format(out, ty->elem);
        buf_puts(out, " | None");
        return;
    case TY_CLASS: buf_puts(out, ty->cls->name); return;
    case TY_FUNC: buf_printf(out, "function '%s'", ty->fn->name); return;
    case TY_MODULE: buf_printf(out, "module '%s'", ty->name); return;
    case TY_FIXED:
    case TY_F32:
    case TY_REG: buf_puts(out, ty->name); return;
    case TY__COUNT: break;
    }
    ADDER_UNREACHABLE();
}

const char *type_name(const Type *ty) {
    /* A ring of static buffers: callers format up to TYPE_NAME_RING names
     * into one message. Read-only after formatting; not thread-safe. */
    static char ring[TYPE_NAME_RING][TYPE_NAME_MAX];
    static unsigned next;
    char *slot = ring[next++ % TYPE_NAME_RING];
    Buf b = {0};
    type_format(&b, ty);
    size_t n = b.len < TYPE_NAME_MAX - 4 ? b.len : TYPE_NAME_MAX - 4;
    memcpy(slot, b.data, n);
    if (n < b.len)
        memcpy(slot + n, "...", 4);
    else
        slot[n] = '\0';
    buf_free(&b);
    return slot;
}

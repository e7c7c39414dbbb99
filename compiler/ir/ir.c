/* ir/ir.c: building IR — modules, functions, value slots, blocks and
 * instructions, plus the op name/flag tables generated from ops.def.
 *
 * Everything is allocated in the module's arena. Growable arrays (vals,
 * blocks, instructions, strings) double their capacity and copy into a new
 * arena block; the old block is simply abandoned (arenas never free single
 * objects), which wastes at most as much as is live. Instruction argument
 * arrays are copied into the arena by ir_emit, so callers may pass
 * stack arrays. */
#include "ir/ir.h"

#include <string.h>

static const char *const op_names[] = {
#define OP(name, text, flags) text,
#include "ir/ops.def"
};

static const unsigned op_flags[] = {
#define OP(name, text, flags) flags,
#include "ir/ops.def"
};

const char *ir_op_name(IrOp op) {
    return (unsigned)op < IR__COUNT ? op_names[op] : "?";
}

unsigned ir_op_flags(IrOp op) {
    return (unsigned)op < IR__COUNT ? op_flags[op] : 0;
}

/* Grows an arena array of n elements of size sz to at least n + 1. */
static void *grow(Arena *a, void *items, uint32_t n, uint32_t *cap, size_t sz) {
    if (n < *cap)
        return items;
    uint32_t ncap = *cap ? *cap * 2 : 8;
    void *fresh = arena_alloc(a, sz * ncap);
    if (n)
        memcpy(fresh, items, sz * n);
    *cap = ncap;
    return fresh;
}

IrModule *ir_module_new(Arena *arena, const SemaModule *sema, const char *path) {
    IrModule *m = arena_new(arena, IrModule);
    m->arena = arena;
    m->sema = sema;
    m->path = path;
    return m;
}

IrFunc *ir_func_new(IrModule *m, FuncInfo *info, const char *name, const Type *ret) {
    IrFunc *fn = arena_new(m->arena, IrFunc);
    fn->info = info;
    fn->name = name;
    fn->ret = ret;
    m->funcs = grow(m->arena, m->funcs, m->nfuncs, &m->capfuncs, sizeof *m->funcs);
    m->funcs[m->nfuncs++] = fn;
    return fn;
}

IrRef ir_val_new(IrModule *m, IrFunc *fn, IrValKind kind, const Type *ty, const char *name) {
    fn->vals = grow(m->arena, fn->vals, fn->nvals, &fn->capvals, sizeof *fn->vals);
    fn->vals[fn->nvals] = (IrVal){kind, ty, name};
    if (kind == IRV_PARAM)
        fn->nparams++;
    return fn->nvals++;
}

IrBlock *ir_block_new(IrModule *m, IrFunc *fn) {
    IrBlock *b = arena_new(m->arena, IrBlock);
    b->id = fn->nblocks;
    fn->blocks = grow(m->arena, fn->blocks, fn->nblocks, &fn->capblocks, sizeof *fn->blocks);
    fn->blocks[fn->nblocks++] = b;
    return b;
}

IrIns *ir_emit(IrModule *m, IrBlock *b, const IrIns *ins) {
    b->ins = grow(m->arena, b->ins, b->nins, &b->cap, sizeof *b->ins);
    IrIns *out = &b->ins[b->nins++];
    *out = *ins;
    if (ins->nargs)
        out->args = arena_memdup(m->arena, ins->args, sizeof *ins->args * ins->nargs);
    else
        out->args = NULL;
    return out;
}

uint32_t ir_string_intern(IrModule *m, const char *data, uint32_t len) {
    for (uint32_t i = 0; i < m->nstrings; i++) {
        const IrString *s = &m->strings[i];
        if (s->len == len && (len == 0 || memcmp(s->data, data, len) == 0))
            return i;
    }
    m->strings = grow(m->arena, m->strings, m->nstrings, &m->capstrings, sizeof *m->strings);
    char *copy = arena_alloc(m->arena, (size_t)len + 1);
    if (len)
        memcpy(copy, data, len);
    m->strings[m->nstrings] = (IrString){copy, len};
    return m->nstrings++;
}

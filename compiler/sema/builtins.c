/* sema/builtins.c: names of the builtins listed in builtins.def, and their
 * lookup by Python name. Only the tables live here; what each builtin
 * accepts and returns is checked in check_builtin.c. */
#include "sema/check.h"

#include <string.h>

typedef struct BuiltinEntry {
    const char *recv; /* "" for functions, receiver type or module otherwise */
    const char *name;
    bool is_method, is_module;
} BuiltinEntry;

static const BuiltinEntry builtins[BI__COUNT] = {
    [BI_NONE] = {"", "", false, false},
#define FN(id, name) [BI_##id] = {"", name, false, false},
#define METHOD(id, recv, name) [BI_##id] = {recv, name, true, false},
#define MODFN(id, mod, name) [BI_##id] = {mod, name, false, true},
#define MODVAL(id, mod, name) [BI_##id] = {mod, name, false, true},
#include "sema/builtins.def"
};

static const char *const exc_names[EXC__COUNT] = {
#define EXC(id, name, parent) [EXC_##id] = name,
#include "sema/builtins.def"
};

static const ExcId exc_parents[EXC__COUNT] = {
#define EXC(id, name, parent) [EXC_##id] = EXC_##parent,
#include "sema/builtins.def"
};

const char *sema_builtin_name(BuiltinId id) {
    ADDER_ASSERT(id < BI__COUNT, "builtin id out of range");
    return builtins[id].name;
}

const char *sema_exc_name(ExcId id) {
    ADDER_ASSERT(id < EXC__COUNT, "exception id out of range");
    return exc_names[id];
}

ExcId sema_exc_parent(ExcId id) { return exc_parents[id]; }

BuiltinId sema_lookup_function(const char *name) {
    for (int i = 1; i < BI__COUNT; i++)
        if (!builtins[i].is_method && !builtins[i].is_module && strcmp(builtins[i].name, name) == 0)
            return (BuiltinId)i;
    return BI_NONE;
}

BuiltinId sema_lookup_method(const char *recv, const char *name) {
    for (int i = 1; i < BI__COUNT; i++)
        if (builtins[i].is_method && strcmp(builtins[i].recv, recv) == 0 &&
            strcmp(builtins[i].name, name) == 0)
            return (BuiltinId)i;
    return BI_NONE;
}

BuiltinId sema_lookup_member(const char *module, const char *name) {
    for (int i = 1; i < BI__COUNT; i++)
        if (builtins[i].is_module && strcmp(builtins[i].recv, module) == 0 &&
            strcmp(builtins[i].name, name) == 0)
            return (BuiltinId)i;
    return BI_NONE;
}

bool sema_is_module_known(const char *module) {
    for (int i = 1; i < BI__COUNT; i++)
        if (builtins[i].is_module && builtins[i].recv[0] && strcmp(builtins[i].recv, module) == 0)
            return true;
    return false;
}

ExcId sema_lookup_exc(const char *name) {
    for (int i = 0; i < EXC__COUNT; i++)
        if (strcmp(exc_names[i], name) == 0)
            return (ExcId)i;
    return EXC__COUNT;
}

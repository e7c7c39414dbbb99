/* emit/emit_c.c: the layout of the generated C: names, types, the header
 * and the translation unit around the functions.
 *
 * Order of the output (each part only if something uses it):
 *   header: include guard, #include "adder/builtins.h", forward
 *           declarations of the class structs, tuple typedefs (elements
 *           before the tuples containing them), class structs, their type
 *           descriptors, function prototypes;
 *   .c:     #include of the header, string literals (immortal adder_str_t
 *           objects), globals (C statics), class deallocs and descriptors,
 *           generated element callbacks, main() when asked, then the
 *           functions in IR order.
 * Everything is a function of the IR alone, in IR order: no pointer values,
 * no hash order, no paths except the source's base name. Python names are
 * kept; names that would clash with C keywords, macros or the generated
 * names (t<N>, b<N>, s<N>, g_*) get a trailing '_'. */
#include "emit/emit_internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* Longest escaped literal written as a string: C99 compilers need only
 * accept 4095 characters (-Woverlength-strings under -Wpedantic). */
enum { MAX_STRING_LITERAL = 4000 };

/* Identifiers a Python name must not become: C keywords, the macros and
 * typedefs of the headers generated code includes, and the header member. */
static const char *const reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while", "bool", "true", "false", "NULL", "errno",
    "assert", "main", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t",
    "uint32_t", "uint64_t", "size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "intmax_t",
    "uintmax_t", "wchar_t", "FILE", "EOF", "stdin", "stdout", "stderr", "isnan", "isinf",
    "isfinite", "signbit", "fpclassify", "isnormal", "INFINITY", "NAN", "HUGE_VAL", "offsetof",
    "memcpy", "memset", "memcmp", "strlen", "ob", "self_", "o", "z_", "argc", "argv",
    "INT64_MIN", "INT64_MAX", "INT64_C", "UINT64_C", "math_errhandling", "setjmp", "va_arg",
    "unix", "linux", "i386",
};

uint32_t emit_line_of(const Emit *e, Span span) {
    if (!e->m->src || !e->m->src->line_starts)
        return 0;
    uint32_t line = 0, col = 0;
    source_line_col(e->m->src, span.start, &line, &col);
    return line;
}

void emit_cstring(FILE *out, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\' || ch == '?')
            fprintf(out, "\\%c", ch);
        else if (ch >= 0x20 && ch < 0x7f)
            fputc(ch, out);
        else
            fprintf(out, "\\%03o", ch);
    }
}

static bool is_reserved(const char *s) {
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
        if (!strcmp(s, reserved[i]))
            return true;
    return false;
}

/* t123, b4, s0: the generated names. */
static bool is_generated(const char *s) {
    if ((s[0] != 't' && s[0] != 'b' && s[0] != 's') || !s[1])
        return false;
    for (const char *p = s + 1; *p; p++)
        if (*p < '0' || *p > '9')
            return false;
    return true;
}

/* A C identifier for a Python name: non-ASCII bytes become _xHH, and a
 * name that could clash gets a trailing '_'. */
const char *emit_ident(Emit *e, const char *name) {
    Buf b = {0};
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x80)
            buf_push(&b, (char)ch);
        else
            buf_printf(&b, "_x%02X", ch);
    }
    const char *s = buf_cstr(&b);
    bool clash = is_reserved(s) || is_generated(s) || !strncmp(s, "adder_", 6) ||
                 !strncmp(s, "ADDER_", 6) || !strncmp(s, "g_", 2) || !strncmp(s, "__", 2) ||
                 (s[0] == '_' && s[1] >= 'A' && s[1] <= 'Z');
    if (clash)
        buf_push(&b, '_');
    const char *out = arena_strndup(&e->arena, buf_cstr(&b), b.len);
    buf_free(&b);
    return out;
}

const char *emit_field_name(Emit *e, const FieldInfo *f) {
    return emit_ident(e, f->name);
}

bool emit_is_exc_class(const ClassInfo *cls) {
    return cls->exc != EXC__COUNT && !cls->def;
}

const char *emit_global_name(Emit *e, const Symbol *sym) {
    for (uint32_t i = 0; i < e->globals.n; i++)
        if (e->globals.items[i].sym == sym)
            return e->globals.items[i].cname;
    Buf b = {0};
    buf_printf(&b, "%s__g_%s", sym->module ? sym->module : e->mod, emit_ident(e, sym->name));
    EmitGlobal g = {sym, arena_strndup(&e->arena, buf_cstr(&b), b.len)};
    buf_free(&b);
    vec_push(&e->globals, g);
    return g.cname;
}

/* ---- types ---- */

static int tuple_index(const Emit *e, const Type *ty) {
    for (uint32_t i = 0; i < e->tuples.n; i++)
        if (e->tuples.items[i] == ty)
            return (int)i;
    return -1;
}

/* A class of another module: its struct is in that module's header. */
static bool is_foreign_class(const Emit *e, const ClassInfo *cls) {
    const SemaModule *sm = e->m->sema;
    if (!sm)
        return false;
    for (uint32_t i = 0; i < sm->nclasses; i++)
        if (sm->classes[i] == cls)
            return false;
    return true;
}

static void add_class(Emit *e, ClassInfo *cls) {
    if (!cls || emit_is_exc_class(cls) || is_foreign_class(e, cls))
        return;
    for (uint32_t i = 0; i < e->classes.n; i++)
        if (e->classes.items[i] == cls)
            return;
    vec_push(&e->classes, cls);
}

/* Registers the tuples inside ty, elements first (dependency order). */
static void collect_type(Emit *e, const Type *ty) {
    if (!ty)
        return;
    switch (ty->kind) {
    case TY_LIST:
    case TY_OPTIONAL: collect_type(e, ty->elem); return;
    case TY_CLASS: add_class(e, ty->cls); return;
    case TY_TUPLE:
        if (tuple_index(e, ty) >= 0)
            return;
        for (uint32_t i = 0; i < ty->nelems; i++)
            collect_type(e, ty->elems[i]);
        vec_push(&e->tuples, ty);
        return;
    default: return;
    }
}

/* --- modules --- */
/* A tuple's C name spells its element types, so that every module that
 * uses tuple[int, str] names the same struct (defined once, guarded):
 * i f b s y (bytearray), L<elem>, O<elem> (| None), C<len><cname>,
 * E<len><exception>, T<n>_<elems>, X<len><other type spelled out>. */
static void tuple_code(Buf *b, const Type *ty) {
    switch (ty->kind) {
    case TY_INT: buf_push(b, 'i'); return;
    case TY_FLOAT: buf_push(b, 'f'); return;
    case TY_BOOL: buf_push(b, 'b'); return;
    case TY_STR: buf_push(b, 's'); return;
    case TY_BYTEARRAY: buf_push(b, 'y'); return;
    case TY_LIST: buf_push(b, 'L'); tuple_code(b, ty->elem); return;
    case TY_OPTIONAL: buf_push(b, 'O'); tuple_code(b, ty->elem); return;
    case TY_CLASS: {
        const char *n = emit_is_exc_class(ty->cls) ? ty->cls->name : ty->cls->cname;
        buf_printf(b, "%c%zu%s", emit_is_exc_class(ty->cls) ? 'E' : 'C', strlen(n), n);
        return;
    }
    case TY_TUPLE:
        buf_printf(b, "T%u_", ty->nelems);
        for (uint32_t i = 0; i < ty->nelems; i++)
            tuple_code(b, ty->elems[i]);
        return;
    default: {
        Buf t = {0};
        type_format(&t, ty);
        buf_printf(b, "X%zu", t.len);
        for (uint32_t i = 0; i < t.len; i++) {
            char ch = t.data[i];
            bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            buf_push(b, alnum ? ch : '_');
        }
        buf_free(&t);
        return;
    }
    }
}
/* --- end D --- */

const char *emit_ctype(Emit *e, const Type *ty) {
    switch (ty->kind) {
    case TY_INT: return "int64_t";
    case TY_FLOAT: return "double";
    case TY_FIXED: /* adder module */
    case TY_F32:
    case TY_REG: return emit_fixed_ctype(ty);
    case TY_BOOL: return "bool";
    case TY_STR: return "adder_str_t *";
    case TY_LIST:
    case TY_BYTEARRAY: return "adder_list_t *";
    case TY_OPTIONAL: return emit_ctype(e, ty->elem);
    case TY_CLASS: {
        if (emit_is_exc_class(ty->cls))
            return "adder_exc_t *";
        Buf b = {0};
        buf_printf(&b, "struct %s *", ty->cls->cname);
        const char *s = arena_strndup(&e->arena, buf_cstr(&b), b.len);
        buf_free(&b);
        return s;
    }
    case TY_TUPLE: {
        int i = tuple_index(e, ty);
        ADDER_ASSERT(i >= 0, "tuple type not collected");
        Buf b = {0};
        buf_puts(&b, "adder_tup_");
        tuple_code(&b, ty);
        const char *s = arena_strndup(&e->arena, buf_cstr(&b), b.len);
        buf_free(&b);
        return s;
    }
    default: return "void *"; /* None, and values that are never stored */
    }
}

static void collect_types(Emit *e) {
    const SemaModule *sm = e->m->sema;
    if (sm) {
        for (uint32_t i = 0; i < sm->nclasses; i++)
            add_class(e, sm->classes[i]);
        for (uint32_t i = 0; i < sm->nclasses; i++)
            for (uint32_t j = 0; j < sm->classes[i]->nfields; j++)
                collect_type(e, sm->classes[i]->fields[j]->ty);
        for (uint32_t i = 0; i < sm->nglobals; i++)
            collect_type(e, sm->globals[i]->ty);
    }
    for (uint32_t f = 0; f < e->m->nfuncs; f++) {
        const IrFunc *fn = e->m->funcs[f];
        collect_type(e, fn->ret);
        for (uint32_t v = 0; v < fn->nvals; v++)
            collect_type(e, fn->vals[v].ty);
    }
    /* Classes found through values may have fields of new types. */
    for (uint32_t i = 0; i < e->classes.n; i++)
        for (uint32_t j = 0; j < e->classes.items[i]->nfields; j++)
            collect_type(e, e->classes.items[i]->fields[j]->ty);
}

void emit_decl(Emit *e, FILE *out, const Type *ty, const char *name) {
    const char *ct = emit_ctype(e, ty);
    size_t n = strlen(ct);
    fprintf(out, "%s%s%s", ct, n && ct[n - 1] == '*' ? "" : " ", name);
}

/* ---- header ---- */

static void emit_tuple_typedefs(Emit *e) {
    for (uint32_t i = 0; i < e->tuples.n; i++) {
        const Type *ty = e->tuples.items[i];
        const char *name = emit_ctype(e, ty);
        fprintf(e->h, "#ifndef %s_defined\n#define %s_defined\n", name, name);
        fprintf(e->h, "typedef struct %s {", name);
        for (uint32_t k = 0; k < ty->nelems; k++) {
            char field[16];
            snprintf(field, sizeof field, "f%u", k);
            fputs(" ", e->h);
            emit_decl(e, e->h, ty->elems[k], field);
            fputs(";", e->h);
        }
        if (ty->nelems == 0)
            fputs(" char empty_;", e->h); /* C forbids empty structs */
        fprintf(e->h, " } %s;\n#endif\n", name);
    }
}

static void emit_class_structs(Emit *e) {
    for (uint32_t i = 0; i < e->classes.n; i++) {
        const ClassInfo *cls = e->classes.items[i];
        fprintf(e->h, "\n/* class %s */\nstruct %s {\n    adder_object_t ob;\n", cls->name,
                cls->cname);
        for (uint32_t k = 0; k < cls->nfields; k++) {
            fputs("    ", e->h);
            emit_decl(e, e->h, cls->fields[k]->ty, emit_field_name(e, cls->fields[k]));
            fputs(";\n", e->h);
        }
        fprintf(e->h, "};\nextern const adder_type_t %s_type;\n", cls->cname);
    }
}

static void emit_prototype(Emit *e, FILE *out, const IrFunc *fn) {
    if (fn->ret->kind == TY_NONE)
        fputs("void ", out);
    else
        emit_decl(e, out, fn->ret, "");
    fprintf(out, "%s(", fn->name);
    if (fn->nparams == 0)
        fputs("void", out);
    for (uint32_t i = 0; i < fn->nparams; i++) {
        if (i)
            fputs(", ", out);
        if (e->vname)
            emit_decl(e, out, fn->vals[i].ty, e->vname[i]);
        else
            fputs(emit_ctype(e, fn->vals[i].ty), out);
    }
    fputs(")", out);
}

static void header_guard(Emit *e, Buf *b) {
    buf_puts(b, "ADDER_GEN_");
    for (const char *p = e->file; *p; p++) {
        char ch = *p;
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 'a' + 'A');
        else if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            ch = '_';
        buf_push(b, ch);
    }
    buf_puts(b, "_H");
}

static void emit_header(Emit *e) {
    Buf guard = {0};
    header_guard(e, &guard);
    fprintf(e->h, "/* Generated by adder from ");
    emit_cstring(e->h, e->file, strlen(e->file));
    fprintf(e->h, ". Do not edit. */\n#ifndef %s\n#define %s\n\n#include \"adder/builtins.h\"\n",
            buf_cstr(&guard), buf_cstr(&guard));
    for (uint32_t i = 0; i < e->opt->nincludes; i++) {
        fputs("#include \"", e->h);
        emit_cstring(e->h, e->opt->includes[i], strlen(e->opt->includes[i]));
        fputs("\"\n", e->h);
    }
    if (e->classes.n)
        fputs("\n", e->h);
    for (uint32_t i = 0; i < e->classes.n; i++)
        fprintf(e->h, "struct %s;\n", e->classes.items[i]->cname);
    if (e->tuples.n)
        fputs("\n", e->h);
    emit_tuple_typedefs(e);
    emit_class_structs(e);
    fputs("\n", e->h);
    emit_fixed_externs(e, e->h); /* @extern functions */
    for (uint32_t f = 0; f < e->m->nfuncs; f++) {
        emit_prototype(e, e->h, e->m->funcs[f]);
        fputs(";\n", e->h);
    }
    const SemaModule *sm = e->m->sema;
    for (uint32_t i = 0; sm && i < sm->nglobals; i++) {
        if (!sm->globals[i]->ty)
            continue;
        fputs("extern ", e->h);
        emit_decl(e, e->h, sm->globals[i]->ty, emit_global_name(e, sm->globals[i]));
        fputs(";\n", e->h);
    }
    if (e->opt->lib)
        fprintf(e->h, "int adder_init_%s(void);\n", e->mod);
    fprintf(e->h, "\n#endif\n");
    buf_free(&guard);
}

/* ---- translation unit ---- */

static void mark_used(Emit *e) {
    for (uint32_t f = 0; f < e->m->nfuncs; f++) {
        const IrFunc *fn = e->m->funcs[f];
        for (uint32_t bi = 0; bi < fn->nblocks; bi++) {
            const IrBlock *b = fn->blocks[bi];
            for (uint32_t i = 0; i < b->nins; i++) {
                const IrIns *ins = &b->ins[i];
                if (ins->op == IR_CONST_STR && ins->imm >= 0 && (uint64_t)ins->imm < e->m->nstrings)
                    e->str_used[ins->imm] = true;
                emit_note_call(e, fn, ins);
                if ((ins->op == IR_GET_GLOBAL || ins->op == IR_SET_GLOBAL) && ins->sym)
                    emit_global_name(e, ins->sym);
            }
        }
    }
}

static uint32_t utf8_chars(const char *s, uint32_t n, bool *ascii) {
    uint32_t count = 0;
    *ascii = true;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80)
            *ascii = false;
        if ((ch & 0xC0) != 0x80)
            count++;
    }
    return count;
}

static void emit_string(Emit *e, uint32_t i) {
    const IrString *s = &e->m->strings[i];
    bool ascii;
    uint32_t nchars = utf8_chars(s->data, s->len, &ascii);
    if (s->len <= MAX_STRING_LITERAL / 4) {
        fprintf(e->c, "static const adder_str_t s%u = ADDER_STR_INIT_N(\"", i);
        emit_cstring(e->c, s->data, s->len);
        fprintf(e->c, "\", %u, %d);\n", nchars, ascii);
        return;
    }
    /* Too long for a literal: a char array (sizeof still counts the NUL). */
    fprintf(e->c, "static const char s%u_data[] = {", i);
    for (uint32_t k = 0; k < s->len; k++)
        fprintf(e->c, "%s%d", k % 16 ? ", " : k ? ",\n    " : "\n    ",
                (int)(signed char)s->data[k]);
    fprintf(e->c, ", 0};\nstatic const adder_str_t s%u = ADDER_STR_INIT_N(s%u_data, %u, %d);\n",
            i, i, nchars, ascii);
}

/* This module's globals (extern in the header); other modules' globals
 * are defined by them. */
static void emit_globals(Emit *e) {
    const SemaModule *sm = e->m->sema;
    for (uint32_t i = 0; i < e->globals.n; i++) {
        const EmitGlobal *g = &e->globals.items[i];
        bool own = !sm;
        for (uint32_t k = 0; sm && k < sm->nglobals && !own; k++)
            own = sm->globals[k] == g->sym;
        if (!own || !g->sym->ty)
            continue;
        if (!sm)
            fputs("static ", e->c);
        emit_decl(e, e->c, g->sym->ty, g->cname);
        fputs(";\n", e->c);
    }
}

void emit_release(Emit *e, const Type *ty, const char *expr, const char *fn) {
    if (ty->kind != TY_TUPLE) {
        if (type_has_objects(ty))
            fprintf(e->c, "    %s(%s);\n", fn, expr);
        return;
    }
    for (uint32_t i = 0; i < ty->nelems; i++) {
        Buf b = {0};
        buf_printf(&b, "%s.f%u", expr, i);
        emit_release(e, ty->elems[i], buf_cstr(&b), fn);
        buf_free(&b);
    }
}

static void emit_class_type(Emit *e, const ClassInfo *cls) {
    bool objects = false;
    for (uint32_t k = 0; k < cls->nfields; k++)
        objects |= type_has_objects(cls->fields[k]->ty);
    fprintf(e->c, "\nstatic void %s_dealloc(adder_object_t *o) {\n", cls->cname);
    if (objects) {
        fprintf(e->c, "    struct %s *self_ = (struct %s *)o;\n", cls->cname, cls->cname);
        for (uint32_t k = 0; k < cls->nfields; k++) {
            Buf b = {0};
            buf_printf(&b, "self_->%s", emit_field_name(e, cls->fields[k]));
            emit_release(e, cls->fields[k]->ty, buf_cstr(&b), "adder_xdecref");
            buf_free(&b);
        }
    }
    fprintf(e->c, "    adder_object_free(o, sizeof(struct %s));\n}\n", cls->cname);
    fprintf(e->c, "const adder_type_t %s_type = {\"", cls->cname);
    emit_cstring(e->c, cls->name, strlen(cls->name));
    fprintf(e->c, "\", sizeof(struct %s), %s_dealloc, NULL, NULL, NULL, NULL};\n", cls->cname,
            cls->cname);
}

static void emit_main(Emit *e) {
    fprintf(e->c, "\nint main(int argc, char **argv) {\n"
                  "    if (adder_sys_argv_init(argc, argv) == 0)\n"
                  "        %s();\n"
                  "    return adder_rt_finish();\n"
                  "}\n",
            e->m->init ? e->m->init->name : "(void)");
}

/* --lib: the entry of a library module (contract in emit.h). */
static void emit_lib_init(Emit *e) {
    fprintf(e->c, "\nint adder_init_%s(void) {\n"
                  "    static bool started_ = false;\n"
                  "    static char name_[] = \"%s\";\n"
                  "    char *argv_[] = {name_, NULL};\n"
                  "    if (started_)\n"
                  "        return 0;\n"
                  "    started_ = true;\n"
                  "    if (adder_sys_argv_init(1, argv_) == 0)\n"
                  "        %s();\n"
                  "    return adder_rt_finish();\n"
                  "}\n",
            e->mod, e->mod, e->m->init ? e->m->init->name : "(void)");
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

void emit_c_module(FILE *c, FILE *h, const IrModule *m, const EmitOptions *opt) {
    Emit e = {.c = c, .h = opt->header && h ? h : c, .m = m, .opt = opt};
    arena_init(&e.arena);
    e.file = base_name(opt->path ? opt->path : m->path ? m->path : "module.py");
    e.mod = opt->module ? opt->module : m->sema && m->sema->name ? m->sema->name : "main";
    e.str_used = arena_array(&e.arena, bool, m->nstrings + 1);
    collect_types(&e);
    mark_used(&e);
    emit_header(&e);
    if (opt->header && h) {
        fprintf(c, "/* Generated by adder from ");
        emit_cstring(c, e.file, strlen(e.file));
        fprintf(c, ". Do not edit. */\n#include \"");
        emit_cstring(c, opt->header, strlen(opt->header));
        fputs("\"\n", c);
    }
    fputs("\n", c);
    for (uint32_t i = 0; i < m->nstrings; i++)
        if (e.str_used[i])
            emit_string(&e, i);
    emit_globals(&e);
    for (uint32_t i = 0; i < e.classes.n; i++)
        emit_class_type(&e, e.classes.items[i]);
    emit_helper_definitions(&e);
    /* main() before the functions: with -g everything after the first
     * #line is attributed to the .py file. */
    if (opt->with_main && m->init)
        emit_main(&e);
    if (opt->lib)
        emit_lib_init(&e);
    for (uint32_t f = 0; f < m->nfuncs; f++)
        emit_function(&e, m->funcs[f]);
    vec_free(&e.tuples);
    vec_free(&e.classes);
    vec_free(&e.globals);
    vec_free(&e.helpers);
    arena_free(&e.arena);
}

void emit_signature(Emit *e, const IrFunc *fn) {
    emit_prototype(e, e->c, fn);
}

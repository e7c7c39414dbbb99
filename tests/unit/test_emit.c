/* tests/unit/test_emit.c: the C emitter on hand-built IR modules.
 *
 * Each test builds a small IrModule with the ir.c builders (no sema: the
 * FuncInfo/ClassInfo records are filled by hand), emits it to memory and
 * checks the C text; the end-to-end tests also compile the C with cc
 * (-std=c99 -Wall -Wextra -Wpedantic -Werror), link it with libadder-rt
 * and check the program's output and exit status. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "emit/emit.h"
#include "ir/ir.h"

static Type t_int = {.kind = TY_INT};
static Type t_float = {.kind = TY_FLOAT};
static Type t_bool = {.kind = TY_BOOL};
static Type t_none = {.kind = TY_NONE};
static Type t_str = {.kind = TY_STR};

typedef struct Fixture {
    Arena arena;
    IrModule *m;
} Fixture;

static IrRef temp(Fixture *f, IrFunc *fn, const Type *ty) {
    return ir_val_new(f->m, fn, IRV_TEMP, ty, NULL);
}

static IrIns *ins(Fixture *f, IrBlock *b, IrOp op, IrRef dst, uint32_t nargs, IrRef *args) {
    IrIns i = {.op = op, .dst = dst, .args = args, .nargs = nargs};
    return ir_emit(f->m, b, &i);
}

static IrRef cint(Fixture *f, IrFunc *fn, IrBlock *b, int64_t v) {
    IrRef r = temp(f, fn, &t_int);
    ins(f, b, IR_CONST_INT, r, 0, NULL)->imm = v;
    return r;
}

static void rt1(Fixture *f, IrBlock *b, const char *rt, IrRef a, IrRef c) {
    IrRef args[2] = {a, c};
    IrIns *p = ins(f, b, IR_CALL_RT, IR_NONE, 2, args);
    p->rt = rt;
    p->errconv = IR_ERR_NEVER;
}

static FuncInfo fib_info = {.name = "fib", .cname = "main__fib"};
static FuncInfo mod_info = {.name = "<module>", .cname = "main__module"};

/* fib(n) and a module body printing fib(arg) and 7 // divisor. */
static void build_fib(Fixture *f, int64_t arg, int64_t divisor) {
    arena_init(&f->arena);
    f->m = ir_module_new(&f->arena, NULL, "/some/dir/fib.py");
    IrFunc *fn = ir_func_new(f->m, &fib_info, "main__fib", &t_int);
    IrRef n = ir_val_new(f->m, fn, IRV_PARAM, &t_int, "n");
    fn->nparams = 1;
    IrBlock *b0 = ir_block_new(f->m, fn), *b1 = ir_block_new(f->m, fn);
    IrBlock *b2 = ir_block_new(f->m, fn), *b3 = ir_block_new(f->m, fn);
    IrRef two = cint(f, fn, b0, 2), lt = temp(f, fn, &t_bool);
    IrRef a[2] = {n, two};
    ins(f, b0, IR_CMP, lt, 2, a)->imm = CMPOP_LT;
    IrIns *br = ins(f, b0, IR_BRANCH, IR_NONE, 1, &lt);
    br->block[0] = b1->id;
    br->block[1] = b2->id;
    ins(f, b1, IR_RETURN, IR_NONE, 1, &n);
    IrRef results[2];
    for (int k = 0; k < 2; k++) {
        IrRef c = cint(f, fn, b2, k + 1), d = temp(f, fn, &t_int);
        IrRef sa[2] = {n, c};
        ins(f, b2, IR_SUB_I, d, 2, sa)->unwind = b3->id;
        results[k] = temp(f, fn, &t_int);
        IrIns *call = ins(f, b2, IR_CALL, results[k], 1, &d);
        call->fn = &fib_info;
        call->unwind = b3->id;
    }
    IrRef sum = temp(f, fn, &t_int);
    ins(f, b2, IR_ADD_I, sum, 2, results)->unwind = b3->id;
    ins(f, b2, IR_RETURN, IR_NONE, 1, &sum);
    ins(f, b3, IR_UNWIND, IR_NONE, 0, NULL);

    IrFunc *init = ir_func_new(f->m, &mod_info, "main__module", &t_none);
    f->m->init = init;
    IrBlock *m0 = ir_block_new(f->m, init), *mu = ir_block_new(f->m, init);
    IrRef x = cint(f, init, m0, arg), r = temp(f, init, &t_int);
    IrIns *call = ins(f, m0, IR_CALL, r, 1, &x);
    call->fn = &fib_info;
    call->unwind = mu->id;
    IrRef stream = cint(f, init, m0, 1), none = temp(f, init, &t_none);
    ins(f, m0, IR_CONST_NONE, none, 0, NULL);
    rt1(f, m0, "adder_print_int", stream, r);
    rt1(f, m0, "adder_print_end", stream, none);
    IrRef seven = cint(f, init, m0, 7), dv = cint(f, init, m0, divisor), q = temp(f, init, &t_int);
    IrRef qa[2] = {seven, dv};
    ins(f, m0, IR_FLOORDIV_I, q, 2, qa)->unwind = mu->id;
    rt1(f, m0, "adder_print_int", stream, q);
    rt1(f, m0, "adder_print_end", stream, none);
    ins(f, m0, IR_RETURN, IR_NONE, 0, NULL);
    ins(f, mu, IR_UNWIND, IR_NONE, 0, NULL);
}

static char *emit_to_string(const IrModule *m, const char *path, bool with_main) {
    char *text = NULL;
    size_t len = 0;
    FILE *c = open_memstream(&text, &len);
    EmitOptions opt = {.with_main = with_main, .module = "main", .path = path};
    emit_c_module(c, NULL, m, &opt);
    fclose(c);
    return text;
}

/* Writes text to dir/name. */
static void write_text(const char *dir, const char *name, const char *text) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert(f);
    fputs(text, f);
    fclose(f);
}

static void runtime_paths(char *inc, char *lib, size_t cap) {
    char exe[256];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    cr_assert(n > 0);
    exe[n] = 0;
    *strrchr(exe, '/') = 0;
    snprintf(lib, cap, "%s/../libadder-rt.a", exe);
    snprintf(inc, cap, "%s", __FILE__);
    *strrchr(inc, '/') = 0;
    strncat(inc, "/../../include", cap - strlen(inc) - 1);
}

/* Compiles text with cc into dir/prog; returns cc's status. */
/* A sanitized runtime (ADDER_SANITIZE) needs the sanitizers at link time. */
#if ADDER_TEST_SANITIZED
#define SANITIZE_FLAGS " -fsanitize=address,undefined"
#else
#define SANITIZE_FLAGS ""
#endif

static int compile_c(const char *dir, const char *text) {
    char inc[512], lib[512], cmd[2048];
    runtime_paths(inc, lib, sizeof inc);
    write_text(dir, "prog.c", text);
    snprintf(cmd, sizeof cmd,
             "cc -std=c99 -Wall -Wextra -Wpedantic -Werror -O2" SANITIZE_FLAGS " -I%s -o %s/prog %s/prog.c %s -lm",
             inc, dir, dir, lib);
    int rc = system(cmd);
    if (rc != 0 || system("command -v clang >/dev/null 2>&1") != 0)
        return rc;
    snprintf(cmd, sizeof cmd,
             "clang -std=c99 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I%s %s/prog.c", inc,
             dir);
    return system(cmd);
}

/* Removes a test directory and what the tests wrote into it. */
static void remove_dir(const char *dir) {
    static const char *const names[] = {"prog.c", "prog", "err"};
    char path[600];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* Runs dir/prog, capturing stdout into out; returns the exit status. */
static int run_prog(const char *dir, char *out, size_t cap) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "%s/prog 2>%s/err", dir, dir);
    FILE *p = popen(cmd, "r");
    size_t n = fread(out, 1, cap - 1, p);
    out[n] = 0;
    int st = pclose(p);
    return WEXITSTATUS(st);
}

Test(emit, function_shape) {
    Fixture f;
    build_fib(&f, 10, 2);
    char *c = emit_to_string(f.m, "/some/dir/fib.py", false);
    cr_assert(strstr(c, "int64_t main__fib(int64_t n) {"), "%s", c);
    cr_assert(strstr(c, "adder_tb_push(\"fib.py\", \"fib\", 0);"));
    cr_assert(strstr(c, "goto b3;"));
    cr_assert(strstr(c, "b3:\n"));
    cr_assert(strstr(c, "adder_i64_sub(n, t"));
    cr_assert(strstr(c, "void main__module(void) {"));
    cr_assert(strstr(c, "\"<module>\""));
    cr_assert_null(strstr(c, "b0:"), "the entry block has no label");
    cr_assert_null(strstr(c, "/some/dir"), "no directory names in the C");
    cr_assert_null(strstr(c, "int main("));
    free(c);
    arena_free(&f.arena);
}

Test(emit, deterministic_across_directories) {
    Fixture f;
    build_fib(&f, 10, 2);
    char *a = emit_to_string(f.m, "/a/fib.py", true);
    char *b = emit_to_string(f.m, "/elsewhere/b/fib.py", true);
    cr_assert_str_eq(a, b);
    free(a);
    free(b);
    arena_free(&f.arena);
}

Test(emit, compiles_and_runs) {
    Fixture f;
    build_fib(&f, 20, 2);
    char *c = emit_to_string(f.m, "fib.py", true);
    char dir[] = "/tmp/adder-emit-test-XXXXXX";
    cr_assert(mkdtemp(dir));
    cr_assert_eq(compile_c(dir, c), 0, "cc failed on:\n%s", c);
    char out[256];
    cr_assert_eq(run_prog(dir, out, sizeof out), 0);
    cr_assert_str_eq(out, "6765\n3\n");
    remove_dir(dir);
    free(c);
    arena_free(&f.arena);
}

Test(emit, exception_exits_with_traceback) {
    Fixture f;
    build_fib(&f, 5, 0);
    char *c = emit_to_string(f.m, "fib.py", true);
    char dir[] = "/tmp/adder-emit-test-XXXXXX";
    cr_assert(mkdtemp(dir));
    cr_assert_eq(compile_c(dir, c), 0, "cc failed on:\n%s", c);
    char out[256], err[512], path[600];
    cr_assert_eq(run_prog(dir, out, sizeof out), 1);
    cr_assert_str_eq(out, "5\n");
    snprintf(path, sizeof path, "%s/err", dir);
    FILE *e = fopen(path, "r");
    size_t n = fread(err, 1, sizeof err - 1, e);
    err[n] = 0;
    fclose(e);
    cr_assert(strstr(err, "ZeroDivisionError: integer division or modulo by zero"), "%s", err);
    cr_assert(strstr(err, "in <module>"), "%s", err);
    remove_dir(dir);
    free(c);
    arena_free(&f.arena);
}

/* Tuples, a class with an object field, strings, floats and globals. */
Test(emit, types_compile_warning_free) {
    Fixture f;
    arena_init(&f.arena);
    f.m = ir_module_new(&f.arena, NULL, "types.py");
    const Type *pair_elems[2] = {&t_int, &t_str};
    Type pair = {.kind = TY_TUPLE, .elems = pair_elems, .nelems = 2};
    const Type *nest_elems[2] = {&pair, &t_float};
    Type nest = {.kind = TY_TUPLE, .elems = nest_elems, .nelems = 2};
    FieldInfo fx = {.name = "x", .ty = &t_float, .index = 0};
    FieldInfo fname = {.name = "name", .ty = &t_str, .index = 1};
    FieldInfo *fields[2] = {&fx, &fname};
    ClassInfo cls = {.name = "Point", .cname = "main__Point", .exc = EXC__COUNT,
                     .fields = fields, .nfields = 2};
    Type cls_ty = {.kind = TY_CLASS, .cls = &cls};
    Type list_ty = {.kind = TY_LIST, .elem = &t_float};
    Symbol gsym = {.kind = SYM_GLOBAL, .name = "int", .ty = &t_float};
    uint32_t s0 = ir_string_intern(f.m, "he said \"hi\"??\n\xc3\xa9", 17);
    FuncInfo info = {.name = "<module>", .cname = "main__module"};
    IrFunc *fn = ir_func_new(f.m, &info, "main__module", &t_none);
    f.m->init = fn;
    IrBlock *b0 = ir_block_new(f.m, fn), *bu = ir_block_new(f.m, fn);
    IrRef s = temp(&f, fn, &t_str);
    ins(&f, b0, IR_CONST_STR, s, 0, NULL)->imm = s0;
    IrRef one = cint(&f, fn, b0, 1);
    IrRef pa[2] = {one, s};
    IrRef p = temp(&f, fn, &pair);
    ins(&f, b0, IR_TUPLE_NEW, p, 2, pa);
    IrRef x = temp(&f, fn, &t_float);
    ins(&f, b0, IR_CONST_FLOAT, x, 0, NULL)->fimm = 0.1;
    IrRef na[2] = {p, x};
    IrRef nt = temp(&f, fn, &nest);
    ins(&f, b0, IR_TUPLE_NEW, nt, 2, na);
    IrRef obj = temp(&f, fn, &cls_ty);
    IrIns *nw = ins(&f, b0, IR_NEW, obj, 0, NULL);
    nw->cls = &cls;
    nw->unwind = bu->id;
    IrRef fa[2] = {obj, x};
    ins(&f, b0, IR_SET_FIELD, IR_NONE, 2, fa)->field = &fx;
    ins(&f, b0, IR_INCREF, IR_NONE, 1, &s);
    IrRef fb[2] = {obj, s};
    ins(&f, b0, IR_SET_FIELD, IR_NONE, 2, fb)->field = &fname;
    ins(&f, b0, IR_SET_GLOBAL, IR_NONE, 1, &x)->sym = &gsym;
    IrRef l = temp(&f, fn, &list_ty);
    IrIns *ln = ins(&f, b0, IR_LIST_NEW, l, 0, NULL);
    ln->imm = 4;
    ln->unwind = bu->id;
    IrRef la[2] = {l, x};
    ins(&f, b0, IR_LIST_APPEND, IR_NONE, 2, la)->unwind = bu->id;
    IrRef stream = cint(&f, fn, b0, 1);
    rt1(&f, b0, "adder_print_str", stream, s);
    IrRef none = temp(&f, fn, &t_none);
    ins(&f, b0, IR_CONST_NONE, none, 0, NULL);
    rt1(&f, b0, "adder_print_end", stream, none);
    ins(&f, b0, IR_DECREF, IR_NONE, 1, &obj);
    ins(&f, b0, IR_DECREF, IR_NONE, 1, &l);
    ins(&f, b0, IR_RETURN, IR_NONE, 0, NULL);
    ins(&f, bu, IR_DECREF, IR_NONE, 1, &obj);
    ins(&f, bu, IR_DECREF, IR_NONE, 1, &l);
    ins(&f, bu, IR_UNWIND, IR_NONE, 0, NULL);
    char *c = emit_to_string(f.m, "types.py", true);
    cr_assert(strstr(c, "typedef struct adder_tup_T2_is { int64_t f0; adder_str_t *f1; } adder_tup_T2_is;"),
              "%s", c);
    cr_assert(strstr(c, "typedef struct adder_tup_T2_T2_isf { adder_tup_T2_is f0; double f1; } adder_tup_T2_T2_isf;"),
              "tuples in dependency order:\n%s", c);
    cr_assert(strstr(c, "struct main__Point {\n    adder_object_t ob;\n    double x;\n"), "%s", c);
    cr_assert(strstr(c, "g_int_"), "a reserved name gets a suffix:\n%s", c);
    cr_assert(strstr(c, "\\?\\?"), "no trigraphs:\n%s", c);
    char dir[] = "/tmp/adder-emit-test-XXXXXX";
    cr_assert(mkdtemp(dir));
    cr_assert_eq(compile_c(dir, c), 0, "cc failed on:\n%s", c);
    char out[256];
    cr_assert_eq(run_prog(dir, out, sizeof out), 0);
    cr_assert_str_eq(out, "he said \"hi\"??\n\xc3\xa9\n");
    remove_dir(dir);
    free(c);
    arena_free(&f.arena);
}

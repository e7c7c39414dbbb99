/* tests/unit/test_ir.c: IR building, printing and the verifier on
 * hand-built functions (types are static Type records so that these tests
 * do not depend on sema), and lowering of small programs once sema exists
 * (see test_ir_lower.c). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"

static Type t_int = {.kind = TY_INT};
static Type t_bool = {.kind = TY_BOOL};
static Type t_float = {.kind = TY_FLOAT};
static Type t_str = {.kind = TY_STR};
static Type t_none = {.kind = TY_NONE};

typedef struct Fixture {
    Arena arena;
    IrModule *m;
    IrFunc *fn;
} Fixture;

static void fix_init(Fixture *f, const Type *ret) {
    arena_init(&f->arena);
    f->m = ir_module_new(&f->arena, NULL, "t.py");
    f->fn = ir_func_new(f->m, NULL, "main__f", ret);
}

static IrIns *emit(Fixture *f, IrBlock *b, IrOp op, IrRef dst, uint32_t nargs, const IrRef *args) {
    IrIns ins = {.op = op, .dst = dst, .args = (IrRef *)args, .nargs = nargs};
    return ir_emit(f->m, b, &ins);
}

/* Capture of a printer or verifier's output. */
static char *capture(void (*fnp)(FILE *, Fixture *), Fixture *f) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    fnp(out, f);
    fclose(out);
    return text;
}

static void print_it(FILE *out, Fixture *f) {
    ir_print_module(out, f->m);
}

static uint32_t verify_count;
static void verify_it(FILE *out, Fixture *f) {
    verify_count = ir_verify_module(out, f->m);
}

/* func f(n: int) -> bool: return n < 10 */
static void build_lt(Fixture *f) {
    fix_init(f, &t_bool);
    IrRef n = ir_val_new(f->m, f->fn, IRV_PARAM, &t_int, "n");
    IrRef k = ir_val_new(f->m, f->fn, IRV_TEMP, &t_int, NULL);
    IrRef c = ir_val_new(f->m, f->fn, IRV_TEMP, &t_bool, NULL);
    IrBlock *b = ir_block_new(f->m, f->fn);
    emit(f, b, IR_CONST_INT, k, 0, NULL)->imm = 10;
    IrRef args[] = {n, k};
    emit(f, b, IR_CMP, c, 2, args)->imm = CMPOP_LT;
    emit(f, b, IR_RETURN, IR_NONE, 1, &c);
}

Test(ir, builds_values_and_blocks) {
    Fixture f;
    build_lt(&f);
    cr_assert_eq(f.fn->nparams, 1);
    cr_assert_eq(f.fn->nvals, 3);
    cr_assert_eq(f.fn->nblocks, 1);
    cr_assert_eq(f.fn->blocks[0]->nins, 3);
    cr_assert(ir_block_terminated(f.fn->blocks[0]));
    cr_assert_eq(f.m->nfuncs, 1);
    arena_free(&f.arena);
}

Test(ir, emit_copies_args) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrRef args[2] = {a, a};
    IrIns *ins = emit(&f, b, IR_ADD_I, a, 2, args);
    args[0] = 99;
    cr_assert_eq(ins->args[0], a);
    cr_assert_neq(ins->args, args);
    arena_free(&f.arena);
}

Test(ir, many_instructions_grow) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    for (int i = 0; i < 1000; i++)
        emit(&f, b, IR_CONST_INT, a, 0, NULL)->imm = i;
    cr_assert_eq(b->nins, 1000);
    cr_assert_eq(b->ins[999].imm, 999);
    cr_assert_eq(b->ins[0].imm, 0);
    arena_free(&f.arena);
}

Test(ir, strings_are_interned) {
    Fixture f;
    fix_init(&f, &t_none);
    uint32_t a = ir_string_intern(f.m, "hi", 2);
    uint32_t b = ir_string_intern(f.m, "ho", 2);
    uint32_t c = ir_string_intern(f.m, "hi", 2);
    uint32_t d = ir_string_intern(f.m, "a\0b", 3);
    cr_assert_eq(a, c);
    cr_assert_neq(a, b);
    cr_assert_eq(d, 2);
    cr_assert_eq(f.m->strings[d].len, 3);
    arena_free(&f.arena);
}

Test(ir, op_tables) {
    cr_assert_str_eq(ir_op_name(IR_ADD_I), "add.i");
    cr_assert_str_eq(ir_op_name(IR_CALL_RT), "call.rt");
    cr_assert(ir_op_flags(IR_RAISE) & IRF_TERM);
    cr_assert(ir_op_flags(IR_RAISE) & IRF_RAISE);
    cr_assert(ir_op_flags(IR_CONST_INT) & IRF_PURE);
    cr_assert_eq(ir_op_flags(IR_INCREF), 0);
}

Test(ir_print, function_text) {
    Fixture f;
    build_lt(&f);
    char *text = capture(print_it, &f);
    const char *want = "\n"
                       "func main__f(n: int) -> bool\n"
                       "  %0 n: int (param)\n"
                       "  %1: int\n"
                       "  %2: bool\n"
                       "b0:\n"
                       "  %1 = const.int 10\n"
                       "  %2 = cmp.lt %0, %1\n"
                       "  return %2\n";
    cr_assert_str_eq(text, want);
    free(text);
    arena_free(&f.arena);
}

Test(ir_print, strings_calls_and_unwind) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef s = ir_val_new(f.m, f.fn, IRV_LOCAL, &t_str, "s");
    IrBlock *b0 = ir_block_new(f.m, f.fn);
    IrBlock *b1 = ir_block_new(f.m, f.fn);
    emit(&f, b0, IR_CONST_STR, s, 0, NULL)->imm = ir_string_intern(f.m, "a\"\n", 3);
    IrIns *call = emit(&f, b0, IR_CALL_RT, IR_NONE, 1, &s);
    call->rt = "adder_print_str";
    call->errconv = IR_ERR_PENDING;
    call->unwind = 1;
    emit(&f, b0, IR_RETURN, IR_NONE, 0, NULL);
    emit(&f, b1, IR_DECREF, IR_NONE, 1, &s);
    emit(&f, b1, IR_UNWIND, IR_NONE, 0, NULL);
    char *text = capture(print_it, &f);
    cr_assert(strstr(text, "string #0 = \"a\\\"\\n\"\n"), "%s", text);
    cr_assert(strstr(text, "  %0 s: str (local)\n"), "%s", text);
    cr_assert(strstr(text, "  call.rt adder_print_str[pending] %0 unwind b1\n"), "%s", text);
    cr_assert(strstr(text, "b1:\n  decref %0\n  unwind\n"), "%s", text);
    free(text);
    arena_free(&f.arena);
}

Test(ir_verify, accepts_good_function) {
    Fixture f;
    build_lt(&f);
    char *text = capture(verify_it, &f);
    cr_assert_eq(verify_count, 0, "%s", text);
    free(text);
    arena_free(&f.arena);
}

/* Runs the verifier and checks it reports one error containing `what`. */
static void expect_error(Fixture *f, const char *what) {
    char *text = capture(verify_it, f);
    cr_assert_geq(verify_count, 1, "no error, wanted '%s'", what);
    cr_assert(strstr(text, what), "wanted '%s' in:\n%s", what, text);
    free(text);
    arena_free(&f->arena);
}

Test(ir_verify, missing_terminator) {
    Fixture f;
    build_lt(&f);
    f.fn->blocks[0]->nins--;
    expect_error(&f, "does not end in a terminator");
}

Test(ir_verify, terminator_in_middle) {
    Fixture f;
    build_lt(&f);
    IrBlock *b = f.fn->blocks[0];
    IrRef c = 2;
    emit(&f, b, IR_RETURN, IR_NONE, 1, &c);
    expect_error(&f, "terminator in the middle");
}

Test(ir_verify, empty_block) {
    Fixture f;
    build_lt(&f);
    ir_block_new(f.m, f.fn);
    expect_error(&f, "is empty");
}

Test(ir_verify, value_out_of_range) {
    Fixture f;
    build_lt(&f);
    f.fn->blocks[0]->ins[1].args[1] = 42;
    expect_error(&f, "refers to %42");
}

Test(ir_verify, block_out_of_range) {
    Fixture f;
    build_lt(&f);
    IrBlock *b = f.fn->blocks[0];
    b->ins[2] = (IrIns){.op = IR_JUMP, .dst = IR_NONE, .block = {7, 0}};
    expect_error(&f, "jump target b7 out of range");
}

Test(ir_verify, operand_count) {
    Fixture f;
    build_lt(&f);
    f.fn->blocks[0]->ins[1].nargs = 1;
    expect_error(&f, "has 1 operands, wants 2");
}

Test(ir_verify, missing_result) {
    Fixture f;
    build_lt(&f);
    f.fn->blocks[0]->ins[0].dst = IR_NONE;
    expect_error(&f, "has no result slot");
}

Test(ir_verify, raising_op_needs_unwind) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrRef args[] = {a, a};
    emit(&f, b, IR_ADD_I, a, 2, args)->unwind = 5;
    emit(&f, b, IR_RETURN, IR_NONE, 0, NULL);
    expect_error(&f, "unwind block b5 out of range");
}

Test(ir_verify, unwind_block_must_unwind) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrRef args[] = {a, a};
    emit(&f, b, IR_ADD_I, a, 2, args)->unwind = 0;
    emit(&f, b, IR_RETURN, IR_NONE, 0, NULL);
    expect_error(&f, "does not end in unwind");
}

Test(ir_verify, int_op_on_float) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_float, NULL);
    IrRef r = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrBlock *u = ir_block_new(f.m, f.fn);
    IrRef args[] = {a, r};
    emit(&f, b, IR_ADD_I, r, 2, args)->unwind = 1;
    emit(&f, b, IR_RETURN, IR_NONE, 0, NULL);
    emit(&f, u, IR_UNWIND, IR_NONE, 0, NULL);
    expect_error(&f, "operand %0 has the wrong type");
}

Test(ir_verify, branch_on_int) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrIns *br = emit(&f, b, IR_BRANCH, IR_NONE, 1, &a);
    br->block[0] = br->block[1] = 0;
    expect_error(&f, "condition %0 has the wrong type");
}

Test(ir_verify, refcount_on_scalar) {
    Fixture f;
    fix_init(&f, &t_none);
    IrRef a = ir_val_new(f.m, f.fn, IRV_TEMP, &t_int, NULL);
    IrBlock *b = ir_block_new(f.m, f.fn);
    emit(&f, b, IR_DECREF, IR_NONE, 1, &a);
    emit(&f, b, IR_RETURN, IR_NONE, 0, NULL);
    expect_error(&f, "is not an object slot");
}

Test(ir_verify, return_type_mismatch) {
    Fixture f;
    build_lt(&f);
    f.fn->blocks[0]->ins[2].args[0] = 1;
    expect_error(&f, "return type mismatch");
}

Test(ir_verify, return_value_from_none) {
    Fixture f;
    build_lt(&f);
    f.fn->ret = &t_none;
    expect_error(&f, "returns a value");
}

Test(ir_verify, call_rt_needs_name) {
    Fixture f;
    fix_init(&f, &t_none);
    IrBlock *b = ir_block_new(f.m, f.fn);
    IrBlock *u = ir_block_new(f.m, f.fn);
    emit(&f, b, IR_CALL_RT, IR_NONE, 0, NULL)->unwind = 1;
    emit(&f, b, IR_RETURN, IR_NONE, 0, NULL);
    emit(&f, u, IR_UNWIND, IR_NONE, 0, NULL);
    expect_error(&f, "has no runtime function name");
}

/* tests/unit/test_ir_lower.c: lowering small programs through the real
 * front end (lex, parse, sema) and checking the IR: it verifies, and the
 * expected operations appear in the printed text. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "lex/lex.h"
#include "parse/parse.h"

typedef struct Lowered {
    Arena arena;
    SourceFile src;
    TypeTable types;
    IrModule *m;
    char *text;      /* ir_print_module output */
    uint32_t errors; /* verifier errors */
    char *verr;      /* verifier output */
} Lowered;

static char *print_to_string(const IrModule *m, bool verify, uint32_t *errors) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (verify)
        *errors = ir_verify_module(out, m);
    else
        ir_print_module(out, m);
    fclose(out);
    return text;
}

static void lower_src(Lowered *lw, const char *code) {
    memset(lw, 0, sizeof *lw);
    arena_init(&lw->arena);
    source_init(&lw->src, "t.py", code, (uint32_t)strlen(code));
    FILE *devnull = fopen("/dev/null", "w");
    DiagSink diag;
    diag_init(&diag, &lw->src, stderr);
    TokenBuf toks = {0};
    cr_assert(lex_tokenize(&lw->arena, &diag, &lw->src, &toks));
    ParseCtx pcx = {.arena = &lw->arena, .diag = &diag, .src = &lw->src};
    AstModule *mod = parse_module(&pcx, &toks);
    cr_assert(mod && !diag.nerrors);
    types_init(&lw->types, &lw->arena);
    SemaCtx scx = {.arena = &lw->arena, .diag = &diag, .src = &lw->src, .types = &lw->types};
    cr_assert(sema_check_module(&scx, mod));
    SemaModule *sm = sema_analyze(&scx, mod, "main");
    cr_assert(sm && !diag.nerrors, "sema failed");
    LowerCtx lcx = {.arena = &lw->arena, .diag = &diag, .src = &lw->src};
    lw->m = ir_lower_module(&lcx, sm, mod);
    cr_assert(lw->m && !diag.nerrors, "lowering failed");
    lw->text = print_to_string(lw->m, false, NULL);
    lw->verr = print_to_string(lw->m, true, &lw->errors);
    cr_assert_eq(lw->errors, 0, "verifier:\n%s\nIR:\n%s", lw->verr, lw->text);
    lex_tokens_free(&toks);
    fclose(devnull);
}

static void lowered_free(Lowered *lw) {
    free(lw->text);
    free(lw->verr);
    types_free(&lw->types);
    source_free(&lw->src);
    arena_free(&lw->arena);
}

static void expect(Lowered *lw, const char *what) {
    cr_assert(strstr(lw->text, what), "wanted '%s' in:\n%s", what, lw->text);
}

static void expect_not(Lowered *lw, const char *what) {
    cr_assert(!strstr(lw->text, what), "did not want '%s' in:\n%s", what, lw->text);
}

Test(lower, int_arithmetic_is_checked) {
    Lowered lw;
    lower_src(&lw, "def f(a: int, b: int) -> int:\n    return a * b + a // b - a % b\n");
    expect(&lw, "func main__f(a: int, b: int) -> int");
    expect(&lw, "mul.i");
    expect(&lw, "add.i");
    expect(&lw, "floordiv.i");
    expect(&lw, "mod.i");
    expect(&lw, "sub.i");
    lowered_free(&lw);
}

Test(lower, float_promotion) {
    Lowered lw;
    lower_src(&lw, "def f(a: int, b: float) -> float:\n    return a + b\n");
    expect(&lw, "i2f");
    expect(&lw, "add.f");
    lowered_free(&lw);
}

Test(lower, true_division_of_ints) {
    Lowered lw;
    lower_src(&lw, "def f(a: int, b: int) -> float:\n    return a / b\n");
    expect(&lw, "truediv.i");
    lowered_free(&lw);
}

Test(lower, comparison_and_branch) {
    Lowered lw;
    lower_src(&lw, "def f(n: int) -> int:\n    if n < 2:\n        return n\n    return 0\n");
    expect(&lw, "cmp.lt");
    expect(&lw, "branch");
    lowered_free(&lw);
}

Test(lower, chained_comparison_short_circuits) {
    Lowered lw;
    lower_src(&lw, "def f(a: int, b: int, c: int) -> bool:\n    return a < b < c\n");
    expect(&lw, "cmp.lt");
    expect(&lw, "branch");
    lowered_free(&lw);
}

Test(lower, recursion_calls_user_function) {
    Lowered lw;
    lower_src(&lw, "def fib(n: int) -> int:\n    if n < 2:\n        return n\n"
                   "    return fib(n - 1) + fib(n - 2)\n");
    expect(&lw, "call main__fib");
    lowered_free(&lw);
}

Test(lower, print_pieces) {
    Lowered lw;
    lower_src(&lw, "print(1, 2.5, 'x', True, None)\n");
    expect(&lw, "call.rt adder_print_int[never]");
    expect(&lw, "call.rt adder_print_float[never]");
    expect(&lw, "call.rt adder_print_str[never]");
    expect(&lw, "call.rt adder_print_bool[never]");
    expect(&lw, "call.rt adder_print_none[never]");
    expect(&lw, "call.rt adder_print_sep[never]");
    expect(&lw, "call.rt adder_print_end[never]");
    lowered_free(&lw);
}

Test(lower, str_params_are_increfed_and_released) {
    Lowered lw;
    lower_src(&lw, "def f(s: str) -> int:\n    return len(s)\n");
    expect(&lw, "incref %0");
    expect(&lw, "decref %0");
    expect(&lw, "adder_str_len");
    lowered_free(&lw);
}

Test(lower, list_index_is_checked) {
    Lowered lw;
    lower_src(&lw, "def f(xs: list[int], i: int) -> int:\n    xs[i] = 3\n    return xs[i]\n");
    expect(&lw, "index.check");
    expect(&lw, "list.get");
    expect(&lw, "list.set");
    lowered_free(&lw);
}

Test(lower, list_display_appends) {
    Lowered lw;
    lower_src(&lw, "xs = [1, 2, 3]\nprint(len(xs))\n");
    expect(&lw, "list.new 3");
    expect(&lw, "list.append");
    expect(&lw, "global.set @xs");
    lowered_free(&lw);
}

Test(lower, range_loop_is_counted) {
    Lowered lw;
    lower_src(&lw, "def f(n: int) -> int:\n    t = 0\n    for i in range(n):\n        t += i\n"
                   "    return t\n");
    expect(&lw, "cmp.lt");
    expect(&lw, "add.i");
    expect_not(&lw, "adder_range");
    lowered_free(&lw);
}

Test(lower, range_with_variable_step_checks_zero) {
    Lowered lw;
    lower_src(&lw, "def f(n: int, s: int) -> int:\n    t = 0\n    for i in range(0, n, s):\n"
                   "        t += i\n    return t\n");
    expect(&lw, "raise ValueError");
    expect(&lw, "cmp.gt");
    lowered_free(&lw);
}

Test(lower, raise_and_assert) {
    Lowered lw;
    lower_src(&lw, "def f(n: int) -> None:\n    assert n > 0, 'neg'\n    if n > 9:\n"
                   "        raise ValueError('big')\n");
    expect(&lw, "raise AssertionError");
    expect(&lw, "raise ValueError");
    lowered_free(&lw);
}

Test(lower, class_fields_and_methods) {
    Lowered lw;
    lower_src(&lw, "class P:\n    def __init__(self, x: int) -> None:\n        self.x = x\n"
                   "    def get(self) -> int:\n        return self.x\n\n"
                   "p = P(3)\nprint(p.get())\n");
    expect(&lw, "new P");
    expect(&lw, "call main__P____init__");
    expect(&lw, "field.set .x");
    expect(&lw, "field.get .x");
    lowered_free(&lw);
}

Test(lower, tuple_swap) {
    Lowered lw;
    lower_src(&lw, "def f(a: int, b: int) -> int:\n    a, b = b, a\n    return a - b\n");
    expect(&lw, "tuple.new");
    expect(&lw, "tuple.get");
    lowered_free(&lw);
}

Test(lower, fstring_concatenates) {
    Lowered lw;
    lower_src(&lw, "def f(x: float, n: int) -> str:\n    return f'{n}: {x:.2f}'\n");
    expect(&lw, "adder_str_from_int");
    expect(&lw, "adder_format_float_str");
    expect(&lw, "adder_str_concat");
    lowered_free(&lw);
}

Test(lower, every_exit_releases_objects) {
    Lowered lw;
    lower_src(&lw, "def f(s: str) -> str:\n    t = s + 'x'\n    return t\n");
    expect(&lw, "  unwind ");
    expect(&lw, "adder_str_concat[null]");
    lowered_free(&lw);
}

Test(lower, list_unpacking_checks_length) {
    Lowered lw;
    lower_src(&lw, "def f(xs: list[int]) -> int:\n    a, b = xs\n    return a + b\n");
    expect(&lw, "adder_raise_unpack_error[neg]");
    expect(&lw, "list.len");
    lowered_free(&lw);
}

Test(lower, list_ordering_is_a_loop) {
    Lowered lw;
    lower_src(&lw, "def f(a: list[int], b: list[int]) -> bool:\n    return a < b\n");
    expect(&lw, "list.get");
    expect_not(&lw, "adder_list_eq");
    lowered_free(&lw);
}

Test(lower, flat_list_equality_uses_runtime) {
    Lowered lw;
    lower_src(&lw, "def f(a: list[int], b: list[int]) -> bool:\n    return a == b\n");
    expect(&lw, "adder_list_eq_i64[never]");
    lowered_free(&lw);
}

Test(lower, nested_list_repr_is_a_loop) {
    Lowered lw;
    lower_src(&lw, "xs = [[1], [2, 3]]\nprint(xs)\n");
    expect(&lw, "adder_list_repr_i64");
    expect_not(&lw, "adder_list_repr_obj");
    lowered_free(&lw);
}

Test(lower, enumerate_of_zip_nests_loops) {
    Lowered lw;
    lower_src(&lw, "a = [1, 2]\nb = ['x', 'y']\nfor i, (n, s) in enumerate(zip(a, b)):\n"
                   "    print(i, n, s)\n");
    expect(&lw, "tuple.new");
    lowered_free(&lw);
}

Test(lower, list_of_range_appends) {
    Lowered lw;
    lower_src(&lw, "xs = list(range(5))\nprint(xs)\n");
    expect(&lw, "list.new 0");
    expect(&lw, "list.append");
    expect_not(&lw, "adder_list_copy");
    lowered_free(&lw);
}

Test(lower, module_name_is_main) {
    Lowered lw;
    lower_src(&lw, "if __name__ == '__main__':\n    print(1)\n");
    expect(&lw, "\"__main__\"");
    lowered_free(&lw);
}

Test(lower, sorted_passes_reverse) {
    Lowered lw;
    lower_src(&lw, "print(sorted([3, 1], reverse=True))\n");
    expect(&lw, "adder_list_sorted_i64[null]");
    expect(&lw, "const.bool true");
    lowered_free(&lw);
}

Test(lower, while_else_and_break) {
    Lowered lw;
    lower_src(&lw, "def f(n: int) -> int:\n    while n > 0:\n        n -= 1\n        if n == 3:\n"
                   "            break\n    else:\n        return -1\n    return n\n");
    expect(&lw, "cmp.gt");
    expect(&lw, "const.int -1");
    lowered_free(&lw);
}

Test(lower, optional_is_none) {
    Lowered lw;
    lower_src(&lw, "class N:\n    def __init__(self, v: int) -> None:\n        self.v = v\n\n"
                   "def f(x: N | None) -> int:\n    if x is None:\n        return 0\n    return x.v\n");
    expect(&lw, "is_none");
    lowered_free(&lw);
}

Test(lower, tuple_locals_with_objects_start_as_nulls) {
    Lowered lw;
    lower_src(&lw, "def f(s: str) -> str:\n    t = (s, 1)\n    a, b = t\n    return a\n");
    expect(&lw, "const.none");
    expect(&lw, "tuple.new");
    expect(&lw, "tuple.get");
    lowered_free(&lw);
}

Test(lower, global_store_releases_old_value) {
    Lowered lw;
    lower_src(&lw, "s = 'a'\ns = 'b'\n");
    expect(&lw, "global.get @s");
    expect(&lw, "decref");
    expect(&lw, "clear");
    expect(&lw, "global.set @s");
    lowered_free(&lw);
}

Test(lower, field_store_releases_old_value) {
    Lowered lw;
    lower_src(&lw, "class B:\n    def __init__(self, n: str) -> None:\n        self.n = n\n\n"
                   "b = B('x')\nb.n = 'y'\n");
    expect(&lw, "field.get .n");
    expect(&lw, "field.set .n");
    lowered_free(&lw);
}

Test(lower, augmented_list_extends_in_place) {
    Lowered lw;
    lower_src(&lw, "def f(a: list[int], b: list[int]) -> None:\n    a += b\n");
    expect(&lw, "adder_list_extend[neg]");
    expect_not(&lw, "adder_list_concat");
    lowered_free(&lw);
}

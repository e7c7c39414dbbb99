/* tests/unit/test_sema.c: sema_check_module on small sources, through the
 * real decoder, lexer and parser. Each test checks the number of errors and
 * the text of the last one (DiagSink.last). */
#include "lex/lex.h"
#include "parse/parse.h"
#include "sema/sema.h"

#include <criterion/criterion.h>
#include <string.h>

typedef struct Checked {
    bool parsed;
    bool clean;
    uint32_t nerrors;
    char last[256];
} Checked;

static Checked check(const char *text) {
    Checked r = {0};
    Arena arena;
    arena_init(&arena);
    SourceFile src;
    source_init(&src, "t.py", text, (uint32_t)strlen(text));
    DiagSink diag;
    diag_init(&diag, &src, NULL);
    TokenBuf toks = {0};
    lex_tokenize(&arena, &diag, &src, &toks);
    ParseCtx pcx = {.arena = &arena, .diag = &diag, .src = &src};
    AstModule *mod = parse_module(&pcx, &toks);
    r.parsed = mod && !diag.nerrors;
    if (r.parsed) {
        SemaCtx scx = {.arena = &arena, .diag = &diag, .src = &src};
        r.clean = sema_check_module(&scx, mod);
    }
    r.nerrors = diag.nerrors;
    snprintf(r.last, sizeof r.last, "%s", diag.last.data ? diag.last.data : "");
    lex_tokens_free(&toks);
    diag_free(&diag);
    source_free(&src);
    arena_free(&arena);
    return r;
}

static void expect_error(const char *text, const char *msg) {
    Checked r = check(text);
    cr_assert(r.parsed, "did not parse: %s (%s)", text, r.last);
    cr_expect(!r.clean, "accepted: %s", text);
    cr_expect_eq(r.nerrors, 1, "%u errors for: %s (last: %s)", r.nerrors, text, r.last);
    cr_expect_str_eq(r.last, msg, "for: %s", text);
}

static void expect_clean(const char *text) {
    Checked r = check(text);
    cr_assert(r.parsed, "did not parse: %s (%s)", text, r.last);
    cr_expect(r.clean, "rejected: %s (%s)", text, r.last);
}

Test(sema, accepts_valid_programs) {
    expect_clean("def f(x: int) -> int:\n    return x + 1\n");
    expect_clean("for i in range(3):\n    if i:\n        continue\n    break\n");
    expect_clean("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n");
    expect_clean("async def f(xs):\n    return [x async for x in xs]\n");
    expect_clean("\"doc\"\nfrom __future__ import annotations\n");
    expect_clean("def f():\n    import os\n    global os\n");
    expect_clean("match p:\n    case [a, b] | (b, a):\n        pass\n    case _:\n        pass\n");
}

Test(sema, loops) {
    expect_error("break\n", "'break' outside loop");
    expect_error("while x:\n    pass\nelse:\n    continue\n", "'continue' not properly in loop");
    expect_error("for x in y:\n    def f():\n        break\n", "'break' outside loop");
}

Test(sema, functions) {
    expect_error("class C:\n    return 1\n", "'return' outside function");
    expect_error("x = yield\n", "'yield' outside function");
    expect_error("def f():\n    await g()\n", "'await' outside async function");
    expect_error("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator");
    expect_error("async def f():\n    yield from g()\n", "'yield from' inside async function");
    expect_error("def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition");
}

Test(sema, global_and_nonlocal) {
    expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level");
    expect_error("def f(x):\n    global x\n", "name 'x' is parameter and global");
    expect_error("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration");
    expect_error("def f():\n    def g():\n        nonlocal q\n", "no binding for nonlocal 'q' found");
    expect_error("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global");
}

Test(sema, assignments) {
    expect_error("*a = b\n", "starred assignment target must be in a list or tuple");
    expect_error("a, *b, *c = d\n", "multiple starred expressions in assignment");
    expect_error("x = *a\n", "can't use starred expression here");
    expect_error("f(a=1, a=2)\n", "keyword argument repeated: a");
    expect_error("[y := 0 for y in z]\n",
                 "assignment expression cannot rebind comprehension iteration variable 'y'");
}

Test(sema, try_and_match) {
    expect_error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last");
    expect_error("match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
                 "name capture 'y' makes remaining patterns unreachable");
    expect_error("match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern");
}

Test(sema, reports_every_error) {
    Checked r = check("break\ncontinue\nreturn\n");
    cr_assert(r.parsed);
    cr_expect(!r.clean);
    cr_expect_eq(r.nerrors, 3);
}

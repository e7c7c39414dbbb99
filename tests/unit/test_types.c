/* tests/unit/test_types.c: the type checker (sema/types.c, resolve.c,
 * check_*.c). Type interning and formatting on their own; then small
 * programs through the real lexer, parser and check_syntax pass: the types
 * and refs sema puts on chosen expressions (found by their source text),
 * the SemaModule tables (fields, mangled names, globals), and diagnostics. */
#include "lex/lex.h"
#include "parse/parse.h"
#include "sema/sema.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

typedef struct Fixture {
    char *text;
    SourceFile src;
    Arena arena;
    DiagSink diag;
    TokenBuf toks;
    TypeTable types;
    AstModule *mod;
    SemaModule *sm;
} Fixture;

static void fixture_check(Fixture *fx, const char *text) {
    memset(fx, 0, sizeof *fx);
    fx->text = strdup(text);
    source_init(&fx->src, "t.py", fx->text, (uint32_t)strlen(fx->text));
    arena_init(&fx->arena);
    diag_init(&fx->diag, &fx->src, NULL);
    types_init(&fx->types, &fx->arena);
    cr_assert(lex_tokenize(&fx->arena, &fx->diag, &fx->src, &fx->toks));
    ParseCtx pcx = {.arena = &fx->arena, .diag = &fx->diag, .src = &fx->src};
    fx->mod = parse_module(&pcx, &fx->toks);
    cr_assert_not_null(fx->mod);
    SemaCtx scx = {.arena = &fx->arena, .diag = &fx->diag, .src = &fx->src, .types = &fx->types};
    cr_assert(sema_check_module(&scx, fx->mod));
    fx->sm = sema_analyze(&scx, fx->mod, "main");
}

static void fixture_ok(Fixture *fx, const char *text) {
    fixture_check(fx, text);
    cr_assert_not_null(fx->sm, "sema failed: %s", fx->diag.last.data ? fx->diag.last.data : "");
}

static void fixture_free(Fixture *fx) {
    types_free(&fx->types);
    lex_tokens_free(&fx->toks);
    diag_free(&fx->diag);
    arena_free(&fx->arena);
    source_free(&fx->src);
    free(fx->text);
}

/* ---- finding an expression by its source text ---- */

typedef struct Finder {
    const char *text;
    const char *want;
    size_t len;
    AstExpr *found;
} Finder;

static void find_expr(Finder *f, AstExpr *e);

static void find_list(Finder *f, AstExprList l) {
    for (uint32_t i = 0; i < l.n; i++)
        find_expr(f, l.items[i]);
}

static void find_expr(Finder *f, AstExpr *e) {
    if (!e || f->found)
        return;
    if (e->span.end - e->span.start == f->len && memcmp(f->text + e->span.start, f->want, f->len) == 0) {
        f->found = e;
        return;
    }
    switch (e->kind) {
    case AST_BOOL_OP: find_list(f, e->as.boolop.values); break;
    case AST_BIN_OP:
        find_expr(f, e->as.binop.left);
        find_expr(f, e->as.binop.right);
        break;
    case AST_UNARY_OP: find_expr(f, e->as.unary.operand); break;
    case AST_IF_EXP:
        find_expr(f, e->as.ifexp.test);
        find_expr(f, e->as.ifexp.body);
        find_expr(f, e->as.ifexp.orelse);
        break;
    case AST_LIST_COMP:
        find_expr(f, e->as.comp.elt);
        find_expr(f, e->as.comp.generators.items[0]->iter);
        break;
    case AST_COMPARE:
        find_expr(f, e->as.compare.left);
        find_list(f, e->as.compare.comparators);
        break;
    case AST_CALL:
        find_expr(f, e->as.call.func);
        find_list(f, e->as.call.args);
        for (uint32_t i = 0; i < e->as.call.keywords.n; i++)
            find_expr(f, e->as.call.keywords.items[i]->value);
        break;
    case AST_FORMATTED_VALUE: find_expr(f, e->as.formatted.value); break;
    case AST_JOINED_STR: find_list(f, e->as.joined.values); break;
    case AST_ATTRIBUTE: find_expr(f, e->as.attribute.value); break;
    case AST_SUBSCRIPT:
        find_expr(f, e->as.subscript.value);
        find_expr(f, e->as.subscript.slice);
        break;
    case AST_LIST:
    case AST_TUPLE: find_list(f, e->as.seq.elts); break;
    default: break;
    }
}

static void find_stmts(Finder *f, AstStmtList body) {
    for (uint32_t i = 0; i < body.n && !f->found; i++) {
        AstStmt *s = body.items[i];
        switch (s->kind) {
        case AST_FUNCTION_DEF: find_stmts(f, s->as.funcdef.body); break;
        case AST_CLASS_DEF: find_stmts(f, s->as.classdef.body); break;
        case AST_RETURN:
        case AST_EXPR: find_expr(f, s->as.value.value); break;
        case AST_ASSIGN:
            find_list(f, s->as.assign.targets);
            find_expr(f, s->as.assign.value);
            break;
        case AST_AUG_ASSIGN:
            find_expr(f, s->as.augassign.target);
            find_expr(f, s->as.augassign.value);
            break;
        case AST_ANN_ASSIGN:
            find_expr(f, s->as.annassign.target);
            find_expr(f, s->as.annassign.value);
            break;
        case AST_FOR:
            find_expr(f, s->as.for_.target);
            find_expr(f, s->as.for_.iter);
            find_stmts(f, s->as.for_.body);
            break;
        case AST_WHILE:
        case AST_IF:
            find_expr(f, s->as.if_.test);
            find_stmts(f, s->as.if_.body);
            find_stmts(f, s->as.if_.orelse);
            break;
        default: break;
        }
    }
}

static AstExpr *get(Fixture *fx, const char *want) {
    Finder f = {.text = fx->text, .want = want, .len = strlen(want)};
    find_stmts(&f, fx->mod->body);
    cr_assert_not_null(f.found, "no expression '%s'", want);
    return f.found;
}

static const char *ty_of(Fixture *fx, const char *want) {
    AstExpr *e = get(fx, want);
    cr_assert_not_null(e->ty, "'%s' has no type", want);
    return type_name(e->ty);
}

#define expect_type(fx, text, name) cr_expect_str_eq(ty_of((fx), (text)), (name), "type of '%s'", (text))

/* ---- types.c ---- */

Test(types, scalars_are_distinct) {
    Arena a;
    arena_init(&a);
    TypeTable tt;
    types_init(&tt, &a);
    cr_expect_neq(tt.int_, tt.float_);
    cr_expect_eq(tt.int_->kind, TY_INT);
    cr_expect_eq(tt.range->kind, TY_RANGE);
    types_free(&tt);
    arena_free(&a);
}

Test(types, composites_are_interned) {
    Arena a;
    arena_init(&a);
    TypeTable tt;
    types_init(&tt, &a);
    const Type *l1 = types_list(&tt, tt.int_), *l2 = types_list(&tt, tt.int_);
    cr_expect_eq(l1, l2);
    cr_expect_neq(l1, types_list(&tt, tt.float_));
    const Type *e1[2] = {tt.int_, tt.str}, *e2[2] = {tt.int_, tt.str};
    cr_expect_eq(types_tuple(&tt, e1, 2), types_tuple(&tt, e2, 2));
    cr_expect_neq(types_tuple(&tt, e1, 2), types_tuple(&tt, e1, 1));
    cr_expect_eq(types_optional(&tt, tt.str), types_optional(&tt, tt.str));
    cr_expect_eq(types_optional(&tt, types_optional(&tt, tt.str)), types_optional(&tt, tt.str));
    cr_expect_eq(types_module(&tt, "math"), types_module(&tt, "math"));
    cr_expect_neq(types_module(&tt, "math"), types_module(&tt, "sys"));
    types_free(&tt);
    arena_free(&a);
}

Test(types, format_python_spelling) {
    Arena a;
    arena_init(&a);
    TypeTable tt;
    types_init(&tt, &a);
    const Type *pair[2] = {tt.int_, tt.float_};
    const Type *lt = types_list(&tt, types_tuple(&tt, pair, 2));
    cr_expect_str_eq(type_name(lt), "list[tuple[int, float]]");
    ClassInfo body = {.name = "Body"};
    cr_expect_str_eq(type_name(types_optional(&tt, types_class(&tt, &body))), "Body | None");
    cr_expect_str_eq(type_name(types_list(&tt, types_list(&tt, tt.bool_))), "list[list[bool]]");
    cr_expect_str_eq(type_name(tt.none), "None");
    cr_expect(type_is_object(tt.str));
    cr_expect(!type_is_object(tt.int_));
    cr_expect(!type_is_object(types_tuple(&tt, pair, 2)));
    /* several names alive in one message */
    const char *x = type_name(tt.int_), *y = type_name(tt.str);
    cr_expect_str_eq(x, "int");
    cr_expect_str_eq(y, "str");
    types_free(&tt);
    arena_free(&a);
}

/* ---- expressions ---- */

Test(check, arithmetic_follows_python) {
    Fixture fx;
    fixture_ok(
        &fx, "a = 7 // 2\nb = 7 / 2\nc = 1 + 2.5\nd = True + 1\ne = 2 ** -1\nf = 2 ** 3\ng = True & False\n");
    expect_type(&fx, "7 // 2", "int");
    expect_type(&fx, "7 / 2", "float");
    expect_type(&fx, "1 + 2.5", "float");
    expect_type(&fx, "True + 1", "int");
    expect_type(&fx, "2 ** -1", "float");
    expect_type(&fx, "2 ** 3", "int");
    expect_type(&fx, "True & False", "bool");
    fixture_free(&fx);
}

Test(check, sequences_and_strings) {
    Fixture fx;
    fixture_ok(&fx, "xs = [1, 2]\nys = xs[1:]\ns = 'ab' * 3\nt = (1, 'x', 2.0)\nu = t[-1]\n"
                    "w = [str(x) for x in xs if x > 1]\nk = 'a' in s\nf = f'{xs[0]:>4} {u!r}'\n");
    expect_type(&fx, "[1, 2]", "list[int]");
    expect_type(&fx, "xs[1:]", "list[int]");
    expect_type(&fx, "'ab' * 3", "str");
    expect_type(&fx, "(1, 'x', 2.0)", "tuple[int, str, float]");
    expect_type(&fx, "t[-1]", "float");
    expect_type(&fx, "[str(x) for x in xs if x > 1]", "list[str]");
    expect_type(&fx, "'a' in s", "bool");
    expect_type(&fx, "f'{xs[0]:>4} {u!r}'", "str");
    /* the comprehension variable is a local of the module body */
    cr_expect_eq(fx.sm->body->nlocals, 1);
    cr_expect_eq(fx.sm->nglobals, 8);
    fixture_free(&fx);
}

Test(check, builtins_and_methods) {
    Fixture fx;
    fixture_ok(&fx, "import math\nfrom math import sqrt\nxs: list[float] = []\nxs.append(1.5)\n"
                    "p = xs.pop()\nq = divmod(7, 2)\nr = round(2.5)\nm = max(xs)\nz = math.floor(sqrt(2))\n"
                    "print(p, q, r, m, z, sep=', ')\n");
    expect_type(&fx, "xs.pop()", "float");
    AstExpr *pop = get(&fx, "xs.pop()");
    cr_expect_eq(pop->ref->kind, REF_CALL_BUILTIN);
    cr_expect_eq(pop->ref->builtin, BI_LIST_POP);
    cr_expect_eq(pop->as.call.func->ref->kind, REF_BUILTIN_METHOD);
    expect_type(&fx, "divmod(7, 2)", "tuple[int, int]");
    expect_type(&fx, "round(2.5)", "int");
    expect_type(&fx, "max(xs)", "float");
    expect_type(&fx, "math.floor(sqrt(2))", "int");
    cr_expect_eq(get(&fx, "sqrt")->ref->builtin, BI_MATH_SQRT);
    AstExpr *pr = get(&fx, "print(p, q, r, m, z, sep=', ')");
    cr_expect_not_null(pr->ref->sep);
    cr_expect_null(pr->ref->end);
    fixture_free(&fx);
}

Test(check, for_loops_over_builtin_iterators) {
    Fixture fx;
    fixture_ok(
        &fx,
        "def f(xs: list[str]) -> int:\n    n = 0\n    for i, s in enumerate(xs):\n        n += i + len(s)\n"
        "    for a, b in zip(xs, xs):\n        n += len(a + b)\n    return n\n");
    expect_type(&fx, "enumerate(xs)", "list[tuple[int, str]]");
    AstStmt *loop = fx.mod->body.items[0]->as.funcdef.body.items[1];
    cr_expect_eq(loop->ref->builtin, BI_ENUMERATE);
    fixture_free(&fx);
}

Test(check, power_types_follow_the_exponent) {
    Fixture fx;
    fixture_ok(&fx, "a = 2 ** -1 ** 2\nb = pow(2, -(3 - 1))\nc = pow(2, 3 - 1)\nd = 2.0 ** 2\n");
    expect_type(&fx, "2 ** -1 ** 2", "float");
    expect_type(&fx, "pow(2, -(3 - 1))", "float");
    expect_type(&fx, "pow(2, 3 - 1)", "int");
    expect_type(&fx, "2.0 ** 2", "float");
    fixture_free(&fx);
}

Test(check, iterator_builtins_inside_list_and_comprehensions) {
    Fixture fx;
    fixture_ok(&fx, "xs = [3, 1, 2]\nr = list(reversed(xs))\np = [i * x for i, x in enumerate(xs)]\n"
                    "for i, (a, b) in enumerate(zip(xs, 'abc')):\n    print(i, a, b)\n");
    expect_type(&fx, "list(reversed(xs))", "list[int]");
    expect_type(&fx, "[i * x for i, x in enumerate(xs)]", "list[int]");
    expect_type(&fx, "enumerate(zip(xs, 'abc'))", "list[tuple[int, tuple[int, str]]]");
    fixture_free(&fx);
}

Test(check, optional_flows_and_narrowing_by_runtime_checks) {
    Fixture fx;
    fixture_ok(&fx, "class Node:\n    def __init__(self, v: int) -> None:\n        self.v = v\n"
                    "        self.next: Node | None = None\n\n\ndef last(n: Node) -> int:\n    cur = n\n"
                    "    while cur.next is not None:\n        cur = cur.next\n    return cur.v\n\n\n"
                    "def find(n: Node | None, v: int) -> Node | None:\n    while n is not None:\n"
                    "        if n.v == v:\n            return n\n        n = n.next\n    return None\n");
    expect_type(&fx, "cur.next", "Node | None");
    expect_type(&fx, "cur", "Node");
    fixture_free(&fx);
}

/* ---- calls, classes, scopes ---- */

Test(check, calls_bind_keywords_and_defaults) {
    Fixture fx;
    fixture_ok(&fx, "def f(a: int, b: float = 2.0, *, c: str = 'x') -> float:\n    return a + b\n"
                    "u = f(1)\nv = f(b=3.0, a=4)\n");
    AstExpr *u = get(&fx, "f(1)");
    cr_expect_eq(u->ref->kind, REF_CALL_FUNC);
    cr_expect_eq(u->ref->nargs, 3);
    cr_expect_eq(u->ref->args[1]->as.constant.kind, CONST_FLOAT);
    AstExpr *v = get(&fx, "f(b=3.0, a=4)");
    cr_expect_eq(v->ref->args[0]->as.constant.i64, 4);
    cr_expect_eq(v->ref->args[1]->as.constant.f, 3.0);
    cr_expect_str_eq(u->ref->fn->cname, "main__f");
    fixture_free(&fx);
}

Test(check, classes_fields_and_methods) {
    Fixture fx;
    fixture_ok(&fx, "class Point:\n    def __init__(self, x: float, y: float) -> None:\n        self.x = x\n"
                    "        self.y: float = y\n        self.tag = 'p'\n\n    def norm(self) -> float:\n"
                    "        return self.x * self.x + self.y * self.y\n\n\nclass Node:\n    def "
                    "__init__(self, v: int) -> None:\n"
                    "        self.v = v\n        self.next: Node | None = None\n\n\np = Point(1.0, 2.0)\nn = "
                    "p.norm()\nh = Node(1)\nk = h.next\n");
    cr_assert_eq(fx.sm->nclasses, 2);
    ClassInfo *pt = fx.sm->classes[0];
    cr_expect_str_eq(pt->cname, "main__Point");
    cr_assert_eq(pt->nfields, 3);
    cr_expect_str_eq(pt->fields[0]->name, "x");
    cr_expect_str_eq(pt->fields[2]->name, "tag");
    cr_expect_str_eq(type_name(pt->fields[2]->ty), "str");
    cr_expect_str_eq(pt->init->cname, "main__Point____init__");
    cr_expect_str_eq(pt->methods[1]->cname, "main__Point__norm");
    AstExpr *ctor = get(&fx, "Point(1.0, 2.0)");
    cr_expect_eq(ctor->ref->kind, REF_CALL_CTOR);
    cr_expect_eq(ctor->ref->nargs, 2);
    cr_expect_eq(get(&fx, "p.norm()")->ref->kind, REF_CALL_METHOD);
    expect_type(&fx, "h.next", "Node | None");
    cr_expect_eq(get(&fx, "h.next")->ref->kind, REF_FIELD);
    fixture_free(&fx);
}

Test(check, globals_and_locals) {
    Fixture fx;
    fixture_ok(&fx, "count: int = 0\n\ndef bump(k: int) -> None:\n    global count\n    step = k * 2\n    "
                    "count += step\n\n"
                    "if __name__ == '__main__':\n    bump(1)\n");
    cr_expect_eq(fx.sm->nglobals, 1);
    cr_expect_eq(fx.sm->body->nlocals, 0);
    FuncInfo *fn = fx.sm->funcs[0];
    cr_expect_eq(fn->nparams, 1);
    cr_expect_eq(fn->nlocals, 2);
    cr_expect_str_eq(fn->locals[1]->name, "step");
    AstExpr *c = get(&fx, "count");
    cr_expect_eq(c->ref->kind, REF_GLOBAL);
    cr_expect_eq(get(&fx, "__name__")->ref->builtin, BI_MODULE_NAME);
    fixture_free(&fx);
}

Test(check, isinstance_is_folded) {
    Fixture fx;
    fixture_ok(&fx, "x = 3\nb = isinstance(x, float)\nc = isinstance(x + 1, (int, str))\n");
    AstExpr *b = get(&fx, "isinstance(x, float)");
    cr_expect_eq(b->ref->builtin, BI_ISINSTANCE);
    cr_expect_null(b->ref->args[0]);
    cr_expect_eq(b->ref->args[1]->as.constant.b, false);
    AstExpr *c = get(&fx, "isinstance(x + 1, (int, str))");
    cr_expect_not_null(c->ref->args[0]);
    cr_expect_eq(c->ref->args[1]->as.constant.b, true);
    fixture_free(&fx);
}

/* ---- diagnostics ---- */

static void expect_error(const char *text, const char *msg) {
    Fixture fx;
    fixture_check(&fx, text);
    cr_expect_null(fx.sm, "accepted: %s", text);
    cr_expect(fx.diag.last.data && strstr(fx.diag.last.data, msg), "want '%s', got '%s'", msg,
              fx.diag.last.data ? fx.diag.last.data : "");
    fixture_free(&fx);
}

Test(errors, messages) {
    expect_error("xs = []\n", "cannot infer the element type of an empty list");
    expect_error("def f(x: int | None) -> None:\n    pass\n", "'int | None' is not supported yet");
    expect_error("def f(x: int) -> int:\n    if x:\n        return 1\n", "missing return statement");
    expect_error("def f(x) -> int:\n    return 1\n", "add a type annotation");
    expect_error("x = 0\nx = 'a'\n", "cannot assign 'str' to 'x' of type 'int'");
    expect_error("def f(a: int) -> int:\n    return a\nf('s')\n",
                 "argument 1 of 'f' has type 'str', expected 'int'");
    expect_error("def f(a: int) -> int:\n    return a\nf(b=1)\n", "unexpected keyword argument 'b'");
    expect_error("print(y)\n", "name 'y' is not defined");
    expect_error("d = {1: 2}\n", "dicts are not supported by Adder yet");
    expect_error("print(f(1))\ndef f(x: int) -> int:\n    return x\n", "'f' is called before its definition");
    expect_error("t = (1, 2)\nfor x in t:\n    pass\n", "iterating over a tuple is not supported");
    expect_error("import os\nprint(os.getcwd())\n", "no module named 'os'");
}

Test(errors, several_independent_errors) {
    Fixture fx;
    fixture_check(&fx, "a = 1 + 'x'\nb = a * 2\nc = len(3)\nd: list[int] = ['s']\n");
    cr_expect_null(fx.sm);
    cr_expect_eq(fx.diag.nerrors, 3); /* b is silenced: a has an error type */
    fixture_free(&fx);
}

Test(errors, while_true_terminates) {
    Fixture fx;
    fixture_ok(&fx, "def f(n: int) -> int:\n    while True:\n        n += 1\n        for i in range(3):\n    "
                    "        break\n"
                    "        if n > 10:\n            return n\n");
    fixture_free(&fx);
}

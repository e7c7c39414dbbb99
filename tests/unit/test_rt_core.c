/* tests/unit/test_rt_core.c: the runtime core objects (alloc, object, str,
 * list, exc, print). Built against the test variant of libadder-rt
 * (ADDER_DEBUG_ALLOC_FAIL and ADDER_DEBUG_OUTPUT_HOOK on). Criterion runs
 * each test in its own process, so adder_rt starts fresh in every test.
 * Expected texts come from CPython 3.11. Every test that allocates ends
 * with check_no_leaks(): the live block count returns to its start. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "adder/adder.h"

/* ---- helpers ---- */

static char captured[2][65536];
static size_t captured_len[2];

static void capture(void *ctx, int stream, const char *data, size_t n) {
    int k = stream == ADDER_STDERR;
    (void)ctx;
    cr_assert_lt(captured_len[k] + n, sizeof captured[k]);
    memcpy(captured[k] + captured_len[k], data, n);
    captured_len[k] += n;
    captured[k][captured_len[k]] = '\0';
}

static void start_capture(void) {
    captured_len[0] = captured_len[1] = 0;
    captured[0][0] = captured[1][0] = '\0';
    adder_output_set_hook(capture, NULL);
}

static size_t live_at_start;

static void mark(void) {
    live_at_start = adder_heap_stats().live_blocks;
}

static void check_no_leaks(void) {
    cr_assert_eq(adder_heap_stats().live_blocks, live_at_start, "leaked %zu blocks",
                 adder_heap_stats().live_blocks - live_at_start);
}

static adder_str_t *S(const char *text) {
    adder_str_t *s = adder_str_from_cstr(text);
    cr_assert_not_null(s);
    return s;
}

/* Asserts s has exactly the given bytes and releases it. */
static void expect_str(adder_str_t *s, const char *want, size_t want_len) {
    cr_assert_not_null(s, "unexpected NULL (exception %s)",
                       adder_exc_current() ? adder_exc_current()->etype->name : "none");
    cr_assert_eq(s->size, want_len, "size %u, want %zu ('%s' vs '%s')", s->size, want_len, s->data,
                 want);
    cr_assert(memcmp(s->data, want, want_len) == 0, "got '%s' want '%s'", s->data, want);
    cr_assert_eq(s->data[s->size], '\0');
    adder_decref(s);
}
#define EXPECT_STR(s, lit) expect_str((s), (lit), sizeof(lit) - 1)

/* Asserts the current exception is of type t with message text; clears it. */
static void expect_exc(const adder_exc_type_t *t, const char *text) {
    adder_exc_t *e = adder_exc_current();
    adder_str_t *m;
    cr_assert_not_null(e, "no exception, expected %s", t->name);
    cr_assert_eq(e->etype, t, "got %s, expected %s", e->etype->name, t->name);
    m = adder_exc_str(e);
    cr_assert_not_null(m);
    cr_assert_str_eq(m->data, text);
    adder_decref(m);
    adder_exc_clear();
}

/* ---- alloc ---- */

Test(alloc, stats_track_current_and_peak) {
    adder_heap_stats_t h0 = adder_heap_stats();
    void *a = adder_alloc(100);
    void *b = adder_alloc(50);
    adder_heap_stats_t h1 = adder_heap_stats();
    cr_assert_eq(h1.current_bytes, h0.current_bytes + 150);
    cr_assert_eq(h1.live_blocks, h0.live_blocks + 2);
    adder_free(a, 100);
    adder_free(b, 50);
    cr_assert_eq(adder_heap_stats().current_bytes, h0.current_bytes);
    cr_assert_geq(adder_heap_stats().peak_bytes, h0.current_bytes + 150);
    cr_assert_eq(((uintptr_t)a) % 8, 0);
}

Test(alloc, fail_after_counts_down) {
    void *p, *q;
    adder_alloc_fail_after(1);
    p = adder_alloc(8);
    q = adder_alloc(8);
    cr_assert_not_null(p);
    cr_assert_null(q);
    cr_assert_null(adder_alloc(8));
    adder_alloc_fail_after(-1);
    q = adder_alloc(8);
    cr_assert_not_null(q);
    adder_free(p, 8);
    adder_free(q, 8);
}

Test(alloc, realloc_keeps_prefix_and_counts) {
    char *p = adder_alloc(4);
    memcpy(p, "abc", 4);
    p = adder_realloc(p, 4, 4000);
    cr_assert_str_eq(p, "abc");
    cr_assert_eq(adder_heap_stats().current_bytes, 4000);
    adder_alloc_fail_after(0);
    cr_assert_null(adder_realloc(p, 4000, 8000));
    adder_alloc_fail_after(-1);
    adder_free(p, 4000);
    cr_assert_eq(adder_heap_stats().live_blocks, 0);
}

#define ARENA_BYTES 1024
static unsigned char arena_mem[ARENA_BYTES + 16];

Test(arena, first_fit_alignment_and_exhaustion) {
    adder_arena_t a;
    void *blocks[ARENA_BYTES];
    size_t n = 0, largest;
    adder_arena_init(&a, arena_mem + 3, ARENA_BYTES); /* misaligned start */
    cr_assert_eq((uintptr_t)a.start % ADDER_ARENA_GRAIN, 0);
    cr_assert_leq(a.size, (size_t)ARENA_BYTES);
    while ((blocks[n] = adder_arena_alloc(&a, 5, NULL)) != NULL) {
        cr_assert_eq((uintptr_t)blocks[n] % 8, 0);
        n++;
    }
    cr_assert_eq(n, a.size / ADDER_ARENA_GRAIN);
    cr_assert_eq(adder_arena_free_bytes(&a, &largest), 0);
    cr_assert_null(adder_arena_alloc(&a, 1, NULL));
    for (size_t i = 0; i < n; i++)
        adder_arena_free(&a, blocks[i], 5);
    cr_assert_eq(adder_arena_free_bytes(&a, &largest), a.size);
    cr_assert_eq(largest, a.size, "freed blocks must coalesce into one");
}

Test(arena, coalesces_in_any_order) {
    adder_arena_t a;
    size_t largest;
    void *x, *y, *z, *big;
    adder_arena_init(&a, arena_mem, 8 * ADDER_ARENA_GRAIN);
    x = adder_arena_alloc(&a, 2 * ADDER_ARENA_GRAIN, NULL);
    y = adder_arena_alloc(&a, 3 * ADDER_ARENA_GRAIN, NULL);
    z = adder_arena_alloc(&a, 3 * ADDER_ARENA_GRAIN, NULL);
    cr_assert(x && y && z);
    cr_assert_null(adder_arena_alloc(&a, 1, NULL));
    adder_arena_free(&a, y, 3 * ADDER_ARENA_GRAIN);
    adder_arena_free(&a, z, 3 * ADDER_ARENA_GRAIN);
    adder_arena_free_bytes(&a, &largest);
    cr_assert_eq(largest, 6 * ADDER_ARENA_GRAIN);
    big = adder_arena_alloc(&a, 6 * ADDER_ARENA_GRAIN, NULL);
    cr_assert_not_null(big, "first fit must use the merged block");
    adder_arena_free(&a, big, 6 * ADDER_ARENA_GRAIN);
    adder_arena_free(&a, x, 2 * ADDER_ARENA_GRAIN);
    cr_assert_eq(adder_arena_free_bytes(&a, &largest), 8 * ADDER_ARENA_GRAIN);
    cr_assert_eq(largest, 8 * ADDER_ARENA_GRAIN);
    cr_assert_null(a.free_list->next);
}

Test(arena, exact_fit_and_split) {
    adder_arena_t a;
    size_t got = 0;
    void *p;
    adder_arena_init(&a, arena_mem, 4 * ADDER_ARENA_GRAIN);
    p = adder_arena_alloc(&a, ADDER_ARENA_GRAIN + 1, &got);
    cr_assert_not_null(p);
    cr_assert_eq(got, 2 * ADDER_ARENA_GRAIN);
    cr_assert_eq(adder_arena_free_bytes(&a, NULL), 2 * ADDER_ARENA_GRAIN);
    cr_assert_not_null(adder_arena_alloc(&a, 2 * ADDER_ARENA_GRAIN, NULL));
    cr_assert_null(a.free_list);
}

/* ---- object ---- */

ADDER_STR_LITERAL(lit_hello, "hello");

Test(object, immortal_literal_is_never_written) {
    /* lit_hello is const (read-only memory): a write would crash. */
    for (int i = 0; i < 10; i++)
        adder_incref(&lit_hello);
    for (int i = 0; i < 20; i++)
        adder_decref(&lit_hello);
    cr_assert_eq(lit_hello.ob.refcnt, ADDER_REFCNT_IMMORTAL);
    cr_assert_eq(adder_str_len(&lit_hello), 5);
}

Test(object, decref_to_zero_frees) {
    adder_str_t *s;
    mark();
    s = S("abc");
    adder_incref(s);
    cr_assert_eq(s->ob.refcnt, 2);
    adder_decref(s);
    cr_assert_eq(adder_heap_stats().live_blocks, live_at_start + 1);
    adder_decref(s);
    check_no_leaks();
}

Test(object, new_raises_memory_error) {
    adder_alloc_fail_after(0);
    cr_assert_null(adder_object_new(&adder_str_type, 64));
    cr_assert(adder_exc_matches(ADDER_EXC(MemoryError)));
}

Test(object, slice_adjust_matches_python) {
    int64_t start = ADDER_SLICE_NONE, stop = ADDER_SLICE_NONE;
    cr_assert_eq(adder_slice_adjust(10, &start, &stop, -1), 10);
    cr_assert_eq(start, 9);
    cr_assert_eq(stop, -1);
    start = -100, stop = 100;
    cr_assert_eq(adder_slice_adjust(10, &start, &stop, 3), 4);
    start = 2, stop = 1;
    cr_assert_eq(adder_slice_adjust(10, &start, &stop, 1), 0);
    start = 0, stop = 5;
    cr_assert_eq(adder_slice_adjust(10, &start, &stop, 0), -1);
    expect_exc(ADDER_EXC(ValueError), "slice step cannot be zero");
    start = ADDER_SLICE_NONE, stop = ADDER_SLICE_NONE;
    cr_assert_eq(adder_slice_adjust(10, &start, &stop, INT64_MIN), 1);
}

/* ---- str ---- */

ADDER_STR_LITERAL(lit_utf8, "h\303\251llo \344\270\255"); /* "héllo 中" */
ADDER_STR_LITERAL_N(lit_n, "\303\251t\303\251", 3, 0);     /* "été" */

Test(str, literal_counts) {
    cr_assert_eq(lit_hello.kind, ADDER_STR_UNSCANNED);
    cr_assert(adder_str_is_ascii(&lit_hello));
    cr_assert_eq(adder_str_len(&lit_utf8), 7);
    cr_assert_not(adder_str_is_ascii(&lit_utf8));
    cr_assert_eq(adder_str_len(&lit_n), 3);
    cr_assert_eq(adder_str_len(&adder_str_empty), 0);
}

Test(str, construction_counts_code_points) {
    adder_str_t *s;
    mark();
    s = S("na\303\257ve \360\237\230\200");
    cr_assert_eq(s->kind, ADDER_STR_UTF8);
    cr_assert_eq(adder_str_len(s), 7);
    cr_assert_eq(s->size, 11);
    adder_decref(s);
    s = S("plain");
    cr_assert_eq(s->kind, ADDER_STR_ASCII);
    adder_decref(s);
    check_no_leaks();
}

Test(str, concat_and_repeat) {
    adder_str_t *a, *b;
    mark();
    a = S("ab");
    b = S("\303\251");
    expect_str(adder_str_concat(a, b), "ab\303\251", 4);
    EXPECT_STR(adder_str_concat(a, &adder_str_empty), "ab");
    EXPECT_STR(adder_str_repeat(a, 3), "ababab");
    EXPECT_STR(adder_str_repeat(a, 0), "");
    EXPECT_STR(adder_str_repeat(a, -5), "");
    {
        adder_str_t *r = adder_str_repeat(b, 5);
        cr_assert_eq(adder_str_len(r), 5);
        cr_assert_eq(r->size, 10);
        adder_decref(r);
    }
    cr_assert_null(adder_str_repeat(a, INT64_MAX));
    expect_exc(ADDER_EXC(MemoryError), "");
    adder_decref(a);
    adder_decref(b);
    check_no_leaks();
}

Test(str, compare_is_code_point_order) {
    adder_str_t *a = S("abc"), *b = S("abd"), *c = S("ab"), *u = S("\303\251"),
                *z = S("z"), *a2 = S("abc");
    cr_assert_lt(adder_str_compare(a, b), 0);
    cr_assert_gt(adder_str_compare(a, c), 0);
    cr_assert_gt(adder_str_compare(u, z), 0); /* 'é' > 'z' in Python */
    cr_assert_eq(adder_str_compare(a, a2), 0);
    cr_assert(adder_str_eq(a, a2));
    cr_assert_not(adder_str_eq(a, b));
    cr_assert_eq(adder_str_hash(a), adder_str_hash(a2));
    cr_assert_neq(adder_str_hash(a), adder_str_hash(b));
    cr_assert_geq(adder_str_hash(a), 0);
    adder_decref(a), adder_decref(b), adder_decref(c), adder_decref(u), adder_decref(z),
        adder_decref(a2);
}

Test(str, index_negative_and_unicode) {
    adder_str_t *s;
    mark();
    s = S("h\303\251llo");
    expect_str(adder_str_index(s, 1), "\303\251", 2);
    EXPECT_STR(adder_str_index(s, -1), "o");
    EXPECT_STR(adder_str_index(s, -5), "h");
    cr_assert_null(adder_str_index(s, 5));
    expect_exc(ADDER_EXC(IndexError), "string index out of range");
    cr_assert_null(adder_str_index(s, -6));
    expect_exc(ADDER_EXC(IndexError), "string index out of range");
    EXPECT_STR(adder_str_index(&lit_hello, 4), "o");
    adder_decref(s);
    check_no_leaks();
}

Test(str, slice_with_steps) {
    adder_str_t *s, *u;
    const int64_t N = ADDER_SLICE_NONE;
    mark();
    s = S("abcdefgh");
    u = S("\316\261\316\262\316\263\316\264"); /* "αβγδ" */
    EXPECT_STR(adder_str_slice(s, 1, 4, 1), "bcd");
    EXPECT_STR(adder_str_slice(s, N, N, 2), "aceg");
    EXPECT_STR(adder_str_slice(s, N, N, -1), "hgfedcba");
    EXPECT_STR(adder_str_slice(s, -2, N, 1), "gh");
    EXPECT_STR(adder_str_slice(s, 6, 1, -2), "gec");
    EXPECT_STR(adder_str_slice(s, 5, 2, 1), "");
    EXPECT_STR(adder_str_slice(s, -100, 100, 3), "adg");
    EXPECT_STR(adder_str_slice(u, 1, 3, 1), "\316\262\316\263");
    EXPECT_STR(adder_str_slice(u, N, N, -1), "\316\264\316\263\316\262\316\261");
    EXPECT_STR(adder_str_slice(u, 3, N, -2), "\316\264\316\262");
    cr_assert_null(adder_str_slice(s, 0, 1, 0));
    expect_exc(ADDER_EXC(ValueError), "slice step cannot be zero");
    adder_decref(s);
    adder_decref(u);
    check_no_leaks();
}

Test(str, search) {
    adder_str_t *s = S("h\303\251llo world, hello"), *lo = S("lo"), *e = S(""), *x = S("xyz"),
                *h = S("h\303\251"), *d = S("d,");
    const int64_t N = ADDER_SLICE_NONE;
    cr_assert(adder_str_contains(s, lo));
    cr_assert(adder_str_contains(s, e));
    cr_assert_not(adder_str_contains(s, x));
    cr_assert_eq(adder_str_find(s, lo), 3);
    cr_assert_eq(adder_str_find(s, d), 10);
    cr_assert_eq(adder_str_find(s, x), -1);
    cr_assert_eq(adder_str_find_range(s, lo, 4, N), 16);
    cr_assert_eq(adder_str_find_range(s, lo, -3, N), 16);
    cr_assert_eq(adder_str_find_range(s, lo, 4, 17), -1);
    cr_assert_eq(adder_str_find_range(s, e, 18, N), 18);
    cr_assert_eq(adder_str_find_range(s, e, 19, N), -1);
    cr_assert_eq(adder_str_count(s, lo), 2);
    cr_assert_eq(adder_str_count(s, e), 19);
    cr_assert(adder_str_startswith(s, h));
    cr_assert_not(adder_str_startswith(s, lo));
    cr_assert(adder_str_endswith(s, lo));
    cr_assert(adder_str_endswith(s, e));
    adder_decref(s), adder_decref(lo), adder_decref(e), adder_decref(x), adder_decref(h),
        adder_decref(d);
}

/* repr cases: input bytes and CPython 3.11's repr(), generated with
 * python3 (repr(s) for each s). */
typedef struct {
    const char *in;
    size_t in_len;
    const char *out;
    size_t out_len;
} repr_case_t;
#define REPR_CASE(a, b) { a, sizeof(a) - 1, b, sizeof(b) - 1 }

static const repr_case_t repr_cases[] = {
    REPR_CASE("", "''"),
    REPR_CASE("abc", "'abc'"),
    REPR_CASE("it's", "\042it's\042"),
    REPR_CASE("say \042hi\042", "'say \042hi\042'"),
    REPR_CASE("both ' and \042", "'both \134' and \042'"),
    REPR_CASE("a\134b", "'a\134\134b'"),
    REPR_CASE("tab\011here\012nl\015cr", "'tab\134there\134nnl\134rcr'"),
    REPR_CASE("\000\037\177", "'\134x00\134x1f\134x7f'"),
    REPR_CASE("\302\200\302\237\302\240\302\255\303\251", "'\134x80\134x9f\134xa0\134xad\303\251'"),
    REPR_CASE("caf\303\251 \342\200\250 \342\200\213 \344\270\255",
              "'caf\303\251 \134u2028 \134u200b \344\270\255'"),
    REPR_CASE("\360\237\230\200 \363\240\200\201 \364\217\277\277",
              "'\360\237\230\200 \134U000e0001 \134U0010ffff'"),
    REPR_CASE("\355\237\277\356\200\200\357\273\277", "'\134ud7ff\134ue000\134ufeff'"),
};

Test(str, repr_matches_cpython) {
    mark();
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        adder_str_t *s = adder_str_from_utf8(repr_cases[i].in, repr_cases[i].in_len);
        expect_str(adder_str_repr(s), repr_cases[i].out, repr_cases[i].out_len);
        adder_decref(s);
    }
    check_no_leaks();
}

Test(str, isprintable_table) {
    cr_assert(adder_unicode_isprintable(' '));
    cr_assert_not(adder_unicode_isprintable('\n'));
    cr_assert_not(adder_unicode_isprintable(0xA0));
    cr_assert(adder_unicode_isprintable(0xE9));
    cr_assert(adder_unicode_isprintable(0x4E2D));
    cr_assert_not(adder_unicode_isprintable(0xD800));
    cr_assert(adder_unicode_isprintable(0x1F600));
    cr_assert_not(adder_unicode_isprintable(0x10FFFF));
    cr_assert(adder_unicode_isspace(0x3000));
    cr_assert_not(adder_unicode_isspace(0x200B));
}

Test(str, str_of_values) {
    mark();
    EXPECT_STR(adder_str_from_int(-9223372036854775807 - 1), "-9223372036854775808");
    EXPECT_STR(adder_str_from_int(0), "0");
    EXPECT_STR(adder_str_from_float(0.1), "0.1");
    EXPECT_STR(adder_str_from_float(1e16), "1e+16");
    EXPECT_STR(adder_str_from_bool(true), "True");
    EXPECT_STR(adder_str_from_bool(false), "False");
    EXPECT_STR(adder_str_none(), "None");
    check_no_leaks();
}

/* Joins the str items of a list with "|" for comparisons. */
static adder_str_t *bar_join(adder_list_t *l) {
    ADDER_STR_LITERAL(bar, "|");
    adder_str_t *r;
    cr_assert_not_null(l);
    r = adder_str_join(&bar, l);
    adder_decref(l);
    return r;
}

Test(str, split_and_join) {
    adder_str_t *s, *sep, *comma;
    mark();
    s = S("  a b\t\tc \342\200\203d\n ");
    sep = S("::");
    comma = S(",");
    EXPECT_STR(bar_join(adder_str_split(s, NULL, -1)), "a|b|c|d");
    EXPECT_STR(bar_join(adder_str_split(s, NULL, 1)), "a|b\t\tc \342\200\203d\n ");
    EXPECT_STR(bar_join(adder_str_split(s, NULL, 0)), "a b\t\tc \342\200\203d\n ");
    EXPECT_STR(bar_join(adder_str_split(&adder_str_empty, NULL, -1)), "");
    adder_decref(s);
    s = S("a::b::::c");
    EXPECT_STR(bar_join(adder_str_split(s, sep, -1)), "a|b||c");
    EXPECT_STR(bar_join(adder_str_split(s, sep, 1)), "a|b::::c");
    {
        adder_list_t *l = adder_str_split(&adder_str_empty, comma, -1);
        cr_assert_eq(adder_list_len(l), 1);
        EXPECT_STR(bar_join(l), "");
    }
    cr_assert_null(adder_str_split(s, &adder_str_empty, -1));
    expect_exc(ADDER_EXC(ValueError), "empty separator");
    {
        adder_list_t *l = adder_str_split(s, sep, -1);
        EXPECT_STR(adder_str_join(comma, l), "a,b,,c");
        adder_decref(l);
    }
    adder_decref(s), adder_decref(sep), adder_decref(comma);
    check_no_leaks();
}

Test(str, strip_family) {
    adder_str_t *s, *chars;
    mark();
    s = S(" \t\302\240x y\342\200\250\n");
    chars = S("x\303\251");
    EXPECT_STR(adder_str_strip(s, NULL), "x y");
    EXPECT_STR(adder_str_lstrip(s, NULL), "x y\342\200\250\n");
    EXPECT_STR(adder_str_rstrip(s, NULL), " \t\302\240x y");
    adder_decref(s);
    s = S("\303\251xab\303\251x");
    EXPECT_STR(adder_str_strip(s, chars), "ab");
    EXPECT_STR(adder_str_lstrip(s, chars), "ab\303\251x");
    EXPECT_STR(adder_str_rstrip(s, chars), "\303\251xab");
    EXPECT_STR(adder_str_strip(&adder_str_empty, NULL), "");
    adder_decref(s), adder_decref(chars);
    check_no_leaks();
}

Test(str, replace) {
    adder_str_t *s, *o, *n, *e;
    mark();
    s = S("a-b-c");
    o = S("-");
    n = S("\342\200\224");
    e = S("");
    EXPECT_STR(adder_str_replace(s, o, n, -1), "a\342\200\224b\342\200\224c");
    EXPECT_STR(adder_str_replace(s, o, e, 1), "ab-c");
    EXPECT_STR(adder_str_replace(s, n, o, -1), "a-b-c");
    EXPECT_STR(adder_str_replace(s, e, o, -1), "-a---b---c-");
    EXPECT_STR(adder_str_replace(s, e, o, 2), "-a--b-c");
    EXPECT_STR(adder_str_replace(e, e, o, -1), "-");
    adder_decref(s), adder_decref(o), adder_decref(n), adder_decref(e);
    check_no_leaks();
}

Test(str, upper_lower_ascii_and_limitation) {
    adder_str_t *s;
    mark();
    s = S("Hello, World 42");
    EXPECT_STR(adder_str_upper(s), "HELLO, WORLD 42");
    EXPECT_STR(adder_str_lower(s), "hello, world 42");
    adder_decref(s);
    s = S("h\303\251");
    cr_assert_null(adder_str_upper(s));
    cr_assert(adder_exc_matches(ADDER_EXC(NotImplementedError)));
    adder_exc_clear();
    adder_decref(s);
    check_no_leaks();
}

Test(str, builder_is_linear_and_counts) {
    adder_strbuf_t b;
    adder_str_t *piece, *r;
    mark();
    piece = S("\316\261b");
    adder_strbuf_init(&b);
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(adder_strbuf_append_str(&b, piece), 0);
    adder_strbuf_append_char(&b, 0x1F600);
    adder_strbuf_append_utf8(&b, "!", 1);
    r = adder_strbuf_finish(&b);
    cr_assert_not_null(r);
    cr_assert_eq(r->size, 3000 + 4 + 1);
    cr_assert_eq(adder_str_len(r), 2000 + 2);
    cr_assert_eq(r->kind, ADDER_STR_UTF8);
    cr_assert_lt(adder_heap_stats().total_allocs, 30, "buffer must grow geometrically");
    adder_decref(r);
    adder_decref(piece);
    check_no_leaks();
}

/* Runs op with the k-th allocation failing, for every k until it
 * succeeds: each failure must be MemoryError with nothing leaked. */
typedef adder_object_t *(*str_op_fn)(void);

static adder_object_t *op_split(void) {
    ADDER_STR_LITERAL(text, "alpha beta gamma delta");
    return (adder_object_t *)adder_str_split(&text, NULL, -1);
}
static adder_object_t *op_split_sep(void) {
    ADDER_STR_LITERAL(text, "a,b,c,d");
    ADDER_STR_LITERAL(comma, ",");
    return (adder_object_t *)adder_str_split(&text, &comma, -1);
}
static adder_object_t *op_replace(void) {
    ADDER_STR_LITERAL(text, "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z");
    ADDER_STR_LITERAL(dash, "-");
    ADDER_STR_LITERAL(dots, "......");
    return (adder_object_t *)adder_str_replace(&text, &dash, &dots, -1);
}
static adder_object_t *op_repr(void) {
    ADDER_STR_LITERAL(text, "it's \n a \303\251 test \001");
    return (adder_object_t *)adder_str_repr(&text);
}
static adder_object_t *op_slice(void) {
    ADDER_STR_LITERAL(text, "abcdefghijkl");
    return (adder_object_t *)adder_str_slice(&text, ADDER_SLICE_NONE, ADDER_SLICE_NONE, -2);
}
static adder_object_t *op_list_ops(void) {
    adder_list_t *l = adder_list_new(sizeof(int64_t), ADDER_ELEM_SCALAR, 0), *r;
    for (int64_t i = 0; l && i < 20; i++) {
        if (adder_list_append(l, &i) != 0) {
            adder_decref(l);
            return NULL;
        }
    }
    if (!l)
        return NULL;
    r = adder_list_repeat(l, 3);
    adder_decref(l);
    return (adder_object_t *)r;
}

static void exhaust(str_op_fn op) {
    for (long k = 0;; k++) {
        adder_object_t *r;
        mark();
        adder_alloc_fail_after(k);
        r = op();
        adder_alloc_fail_after(-1);
        if (r) {
            adder_decref(r);
            check_no_leaks();
            cr_assert_gt(k, 0);
            return;
        }
        cr_assert(adder_exc_matches(ADDER_EXC(MemoryError)), "k=%ld", k);
        adder_exc_clear();
        check_no_leaks();
        cr_assert_lt(k, 1000);
    }
}

Test(str, memory_error_paths) {
    exhaust(op_split);
    exhaust(op_split_sep);
    exhaust(op_replace);
    exhaust(op_repr);
    exhaust(op_slice);
    exhaust(op_list_ops);
}

/* ---- list ---- */

static adder_list_t *int_list(int64_t n) {
    adder_list_t *l = adder_list_new(sizeof(int64_t), ADDER_ELEM_SCALAR, 0);
    cr_assert_not_null(l);
    for (int64_t i = 0; i < n; i++)
        cr_assert_eq(adder_list_append(l, &i), 0);
    return l;
}

/* Asserts the int64 items of l and releases it. */
static void expect_ints(adder_list_t *l, const int64_t *want, int64_t n) {
    cr_assert_not_null(l);
    cr_assert_eq(adder_list_len(l), n);
    for (int64_t i = 0; i < n; i++)
        cr_assert_eq(adder_list_get_i64(l, i), want[i], "item %ld", (long)i);
    adder_decref(l);
}
#define EXPECT_INTS(l, ...) \
    do { \
        const int64_t want_[] = { __VA_ARGS__ }; \
        expect_ints((l), want_, (int64_t)(sizeof want_ / sizeof want_[0])); \
    } while (0)

Test(list, append_get_set_negative) {
    adder_list_t *l;
    int64_t v = 0, x = 99;
    mark();
    l = int_list(1000);
    cr_assert_eq(adder_list_len(l), 1000);
    cr_assert_lt(l->cap, 2000);
    cr_assert_eq(adder_list_get(l, -1, &v), 0);
    cr_assert_eq(v, 999);
    cr_assert_eq(adder_list_set(l, -1000, &x), 0);
    cr_assert_eq(adder_list_get_i64(l, 0), 99);
    cr_assert_eq(adder_list_get(l, 1000, &v), -1);
    expect_exc(ADDER_EXC(IndexError), "list index out of range");
    cr_assert_eq(adder_list_get(l, -1001, &v), -1);
    expect_exc(ADDER_EXC(IndexError), "list index out of range");
    cr_assert_eq(adder_list_set(l, 1000, &x), -1);
    expect_exc(ADDER_EXC(IndexError), "list assignment index out of range");
    {
        int64_t i = -3;
        cr_assert_eq(adder_list_check_index(l, &i), 0);
        cr_assert_eq(i, 997);
    }
    adder_decref(l);
    check_no_leaks();
}

Test(list, pop_and_insert) {
    adder_list_t *l;
    int64_t v = 0, x = 7;
    mark();
    l = int_list(5);
    cr_assert_eq(adder_list_pop_last(l, &v), 0);
    cr_assert_eq(v, 4);
    cr_assert_eq(adder_list_pop(l, 0, &v), 0);
    cr_assert_eq(v, 0);
    cr_assert_eq(adder_list_pop(l, 3, &v), -1);
    expect_exc(ADDER_EXC(IndexError), "pop index out of range");
    cr_assert_eq(adder_list_insert(l, -100, &x), 0); /* clamps to 0 */
    x = 8;
    cr_assert_eq(adder_list_insert(l, 100, &x), 0); /* clamps to len */
    x = 9;
    cr_assert_eq(adder_list_insert(l, -1, &x), 0);  /* before the last */
    EXPECT_INTS(l, 7, 1, 2, 3, 9, 8);
    l = int_list(0);
    cr_assert_eq(adder_list_pop_last(l, &v), -1);
    expect_exc(ADDER_EXC(IndexError), "pop from empty list");
    adder_decref(l);
    check_no_leaks();
}

Test(list, slice_concat_repeat) {
    adder_list_t *l, *m;
    const int64_t N = ADDER_SLICE_NONE;
    mark();
    l = int_list(6);
    EXPECT_INTS(adder_list_slice(l, 1, 4, 1), 1, 2, 3);
    EXPECT_INTS(adder_list_slice(l, N, N, -2), 5, 3, 1);
    EXPECT_INTS(adder_list_slice(l, -2, N, 1), 4, 5);
    cr_assert_eq(adder_list_len(m = adder_list_slice(l, 4, 1, 1)), 0);
    adder_decref(m);
    cr_assert_null(adder_list_slice(l, 0, 1, 0));
    expect_exc(ADDER_EXC(ValueError), "slice step cannot be zero");
    m = int_list(2);
    EXPECT_INTS(adder_list_concat(m, l), 0, 1, 0, 1, 2, 3, 4, 5);
    EXPECT_INTS(adder_list_repeat(m, 3), 0, 1, 0, 1, 0, 1);
    cr_assert_eq(adder_list_len(l = (adder_decref(l), adder_list_repeat(m, -1))), 0);
    cr_assert_eq(adder_list_extend(m, m), 0);
    EXPECT_INTS(m, 0, 1, 0, 1);
    adder_decref(l);
    check_no_leaks();
}

static adder_str_t *repr_i64(const void *elem) {
    int64_t v;
    memcpy(&v, elem, sizeof v);
    return adder_str_from_int(v);
}

Test(list, search_reverse_clear) {
    adder_list_t *l;
    int64_t three = 3, nine = 9, at = -1;
    mark();
    l = int_list(5);
    adder_list_append(l, &three);
    cr_assert_eq(adder_list_contains(l, &three, adder_elem_eq_i64), 1);
    cr_assert_eq(adder_list_contains(l, &nine, adder_elem_eq_i64), 0);
    cr_assert_eq(adder_list_count(l, &three, adder_elem_eq_i64), 2);
    cr_assert_eq(adder_list_index(l, &three, adder_elem_eq_i64, repr_i64, &at), 0);
    cr_assert_eq(at, 3);
    cr_assert_eq(adder_list_index(l, &nine, adder_elem_eq_i64, repr_i64, &at), -1);
    expect_exc(ADDER_EXC(ValueError), "9 is not in list");
    adder_list_reverse(l);
    {
        const int64_t want[] = { 3, 4, 3, 2, 1, 0 };
        for (int i = 0; i < 6; i++)
            cr_assert_eq(adder_list_get_i64(l, i), want[i]);
    }
    adder_list_clear(l);
    cr_assert_eq(adder_list_len(l), 0);
    adder_list_append(l, &nine);
    EXPECT_INTS(l, 9);
    check_no_leaks();
}

Test(list, float_and_struct_elements) {
    typedef struct {
        double x, y;
    } point_t;
    adder_list_t *pts, *fl;
    double nan = NAN, half = 0.5;
    mark();
    pts = adder_list_new(sizeof(point_t), ADDER_ELEM_SCALAR, 2);
    for (int i = 0; i < 10; i++) {
        point_t p = { i, -i };
        cr_assert_eq(adder_list_append(pts, &p), 0);
    }
    adder_list_reverse(pts);
    {
        point_t *p = adder_list_at(pts, 2);
        cr_assert_eq(p->x, 7.0);
        cr_assert_eq(p->y, -7.0);
    }
    fl = adder_list_new(sizeof(double), ADDER_ELEM_SCALAR, 0);
    adder_list_append(fl, &nan);
    adder_list_append(fl, &half);
    cr_assert_eq(adder_list_contains(fl, &nan, adder_elem_eq_f64), 0);
    cr_assert_eq(adder_list_contains(fl, &half, adder_elem_eq_f64), 1);
    adder_list_set_f64(fl, 0, 2.5);
    cr_assert_eq(adder_list_get_f64(fl, 0), 2.5);
    adder_decref(pts);
    adder_decref(fl);
    check_no_leaks();
}

Test(list, object_elements_keep_refcounts_balanced) {
    adder_list_t *l, *m;
    adder_str_t *a, *b, *out = NULL;
    mark();
    a = S("a");
    b = S("b");
    l = adder_list_new(sizeof(adder_str_t *), ADDER_ELEM_OBJECT, 0);
    adder_list_append(l, &a);
    adder_list_append(l, &b);
    adder_list_insert(l, 0, &b);
    cr_assert_eq(a->ob.refcnt, 2);
    cr_assert_eq(b->ob.refcnt, 3);
    m = adder_list_repeat(l, 2);
    cr_assert_eq(b->ob.refcnt, 7);
    cr_assert_eq(a->ob.refcnt, 4);
    adder_decref(m);
    m = adder_list_slice(l, ADDER_SLICE_NONE, ADDER_SLICE_NONE, -1);
    cr_assert_eq(adder_list_contains(m, &a, adder_elem_eq_str), 1);
    adder_decref(m);
    adder_list_set(l, 0, &a); /* drops one b */
    cr_assert_eq(b->ob.refcnt, 2);
    adder_list_set_obj(l, 1, b);
    cr_assert_eq(a->ob.refcnt, 2);
    cr_assert_eq(adder_list_pop_last(l, &out), 0);
    cr_assert_eq(out, b);
    adder_decref(out); /* pop moved the list's reference to us */
    adder_decref(a);
    adder_decref(b);
    adder_decref(l); /* frees a and b too */
    check_no_leaks();
}

Test(list, memory_error_on_growth) {
    adder_list_t *l;
    int64_t v = 1;
    mark();
    l = int_list(0);
    adder_alloc_fail_after(0);
    cr_assert_eq(adder_list_append(l, &v), -1);
    cr_assert(adder_exc_matches(ADDER_EXC(MemoryError)));
    adder_exc_clear();
    cr_assert_null(adder_list_concat(l, l));
    adder_exc_clear();
    adder_alloc_fail_after(-1);
    cr_assert_eq(adder_list_len(l), 0);
    cr_assert_eq(adder_list_append(l, &v), 0);
    EXPECT_INTS(l, 1);
    check_no_leaks();
}

/* ---- exceptions ---- */

Test(exc, hierarchy) {
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(ZeroDivisionError), ADDER_EXC(ArithmeticError)));
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(ZeroDivisionError), ADDER_EXC(Exception)));
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(OverflowError), ADDER_EXC(BaseException)));
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(KeyError), ADDER_EXC(LookupError)));
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(RecursionError), ADDER_EXC(RuntimeError)));
    cr_assert(adder_exc_type_is_subclass(ADDER_EXC(NotImplementedError), ADDER_EXC(RuntimeError)));
    cr_assert_not(adder_exc_type_is_subclass(ADDER_EXC(SystemExit), ADDER_EXC(Exception)));
    cr_assert_not(adder_exc_type_is_subclass(ADDER_EXC(IndexError), ADDER_EXC(KeyError)));
    cr_assert_not(adder_exc_type_is_subclass(ADDER_EXC(Exception), ADDER_EXC(ValueError)));
}

static const adder_exc_type_t my_error = { "__main__.MyError", &adder_exc_ValueError };

Test(exc, raise_match_clear_fetch) {
    adder_str_t *msg;
    adder_exc_t *e;
    mark();
    msg = S("bad value");
    cr_assert_not(adder_exc_occurred());
    cr_assert_eq(adder_raise(&my_error, msg), -1);
    cr_assert(adder_exc_occurred());
    cr_assert(adder_exc_matches(ADDER_EXC(ValueError)));
    cr_assert(adder_exc_matches(&my_error));
    cr_assert_not(adder_exc_matches(ADDER_EXC(TypeError)));
    e = adder_exc_fetch();
    cr_assert_not(adder_exc_occurred());
    cr_assert_eq(e->msg, msg);
    adder_exc_restore(e); /* `raise e` */
    cr_assert(adder_exc_matches(&my_error));
    adder_exc_clear();
    cr_assert_not(adder_exc_occurred());
    adder_decref(msg);
    adder_raise_text(ADDER_EXC(KeyError), "'k'");
    adder_raise_text(ADDER_EXC(TypeError), "replaced"); /* drops the KeyError */
    expect_exc(ADDER_EXC(TypeError), "replaced");
    check_no_leaks();
}

Test(exc, memory_error_does_not_allocate) {
    adder_alloc_fail_after(0);
    adder_raise_text(ADDER_EXC(ValueError), "needs an object");
    cr_assert(adder_exc_matches(ADDER_EXC(MemoryError)));
    adder_exc_clear();
    adder_raise_memory_error();
    cr_assert(adder_exc_matches(ADDER_EXC(MemoryError)));
    adder_tb_push("prog.py", "<module>", 1);
    start_capture();
    cr_assert_eq(adder_exit_from_exception(), 1);
    cr_assert_str_eq(captured[1], "Traceback (most recent call last):\n"
                                  "  File \"prog.py\", line 1, in <module>\n"
                                  "MemoryError\n");
    cr_assert_eq(adder_heap_stats().total_allocs, 0);
}

Test(exc, traceback_text_is_cpython_format) {
    start_capture();
    adder_print_str(ADDER_STDOUT, &lit_hello); /* flushed before stderr */
    adder_raise_text(ADDER_EXC(ZeroDivisionError), "division by zero");
    adder_tb_push("prog.py", "f", 5);
    adder_tb_push("prog.py", "<module>", 12);
    adder_exc_print_uncaught();
    cr_assert_str_eq(captured[0], "hello");
    cr_assert_str_eq(captured[1], "Traceback (most recent call last):\n"
                                  "  File \"prog.py\", line 12, in <module>\n"
                                  "  File \"prog.py\", line 5, in f\n"
                                  "ZeroDivisionError: division by zero\n");
    adder_exc_clear();
}

Test(exc, empty_message_prints_type_only) {
    adder_str_t *empty_msg = S("");
    start_capture();
    adder_raise(ADDER_EXC(ValueError), empty_msg);
    adder_tb_push("m.py", "<module>", 3);
    cr_assert_eq(adder_exit_from_exception(), 1);
    cr_assert_str_eq(captured[1], "Traceback (most recent call last):\n"
                                  "  File \"m.py\", line 3, in <module>\n"
                                  "ValueError\n");
    adder_raise(ADDER_EXC(AssertionError), NULL);
    cr_assert_eq(adder_exit_from_exception(), 1);
    cr_assert(strstr(captured[1], "\nAssertionError\n") != NULL);
    adder_decref(empty_msg);
}

/* def f(n): return f(n + 1), entered n times, then the module frame. */
static int recurse(int64_t n, int64_t *reached) {
    if (adder_call_enter() != 0)
        return -1;
    *reached = n;
    if (recurse(n + 1, reached) != 0) {
        adder_tb_push("r.py", "f", 2);
        adder_call_leave();
        return -1;
    }
    adder_call_leave();
    return 0;
}

Test(exc, recursion_limit_and_repeated_frames) {
    int64_t reached = -1;
    cr_assert_eq(adder_call_enter(), 0); /* the module body */
    cr_assert_eq(recurse(0, &reached), -1);
    cr_assert_eq(reached, 998, "CPython 3.11 reaches f(998) with the default limit");
    cr_assert_eq(adder_rt.depth, 1);
    adder_tb_push("r.py", "<module>", 4);
    start_capture();
    cr_assert_eq(adder_exit_from_exception(), 1);
    cr_assert_str_eq(captured[1], "Traceback (most recent call last):\n"
                                  "  File \"r.py\", line 4, in <module>\n"
                                  "  File \"r.py\", line 2, in f\n"
                                  "  File \"r.py\", line 2, in f\n"
                                  "  File \"r.py\", line 2, in f\n"
                                  "  [Previous line repeated 996 more times]\n"
                                  "RecursionError: maximum recursion depth exceeded\n");
}

Test(exc, traceback_store_is_bounded) {
    static const char *names[] = { "a", "b" };
    start_capture();
    adder_raise_text(ADDER_EXC(RuntimeError), "deep");
    for (int i = 0; i < 10000; i++)
        adder_tb_push("t.py", names[i % 2], 1 + i % 2);
    adder_exc_print_uncaught();
    cr_assert(strstr(captured[1], "  [... 9984 frames not shown ...]\n") != NULL);
    cr_assert(strstr(captured[1], "RuntimeError: deep\n") != NULL);
    adder_exc_clear();
}

Test(exc, system_exit_statuses) {
    adder_str_t *msg = S("fatal: bad input");
    start_capture();
    adder_raise_system_exit_none();
    cr_assert_eq(adder_exit_from_exception(), 0);
    adder_raise_system_exit_int(3);
    cr_assert_eq(adder_exit_from_exception(), 3);
    adder_raise_system_exit_int(256);
    cr_assert_eq(adder_exit_from_exception(), 0);
    adder_raise_system_exit_int(-1);
    cr_assert_eq(adder_exit_from_exception(), 255);
    cr_assert_str_eq(captured[1], "");
    adder_raise_system_exit_str(msg);
    adder_tb_push("p.py", "<module>", 1);
    cr_assert_eq(adder_exit_from_exception(), 1);
    cr_assert_str_eq(captured[1], "fatal: bad input\n");
    cr_assert_eq(adder_exit_from_exception(), 0, "no exception pending");
    adder_raise_system_exit_int(42);
    {
        adder_exc_t *e = adder_exc_fetch();
        EXPECT_STR(adder_exc_str(e), "42");
        adder_decref(e);
    }
    adder_decref(msg);
}

/* ---- print ---- */

Test(print, values_sep_end_and_buffering) {
    ADDER_STR_LITERAL(dash, "-");
    ADDER_STR_LITERAL(bang, "!\n");
    start_capture();
    adder_print_int(ADDER_STDOUT, -42);
    adder_print_sep(ADDER_STDOUT, NULL);
    adder_print_float(ADDER_STDOUT, 0.30000000000000004);
    adder_print_sep(ADDER_STDOUT, &dash);
    adder_print_bool(ADDER_STDOUT, true);
    adder_print_sep(ADDER_STDOUT, NULL);
    adder_print_none(ADDER_STDOUT);
    adder_print_end(ADDER_STDOUT, NULL);
    adder_print_str(ADDER_STDOUT, &lit_utf8);
    adder_print_end(ADDER_STDOUT, &bang);
    cr_assert_eq(captured_len[0], 0, "stdout is buffered until a flush");
    adder_print_str(ADDER_STDERR, &lit_hello);
    cr_assert_str_eq(captured[0], "-42 0.30000000000000004-True None\nh\303\251llo \344\270\255!\n");
    cr_assert_str_eq(captured[1], "hello");
    adder_print_float(ADDER_STDOUT, 1e16);
    cr_assert_eq(adder_rt_finish(), 0);
    cr_assert(strstr(captured[0], "!\n1e+16") != NULL);
}

Test(print, large_writes_pass_through) {
    static char big[3 * ADDER_STDOUT_BUFFER_SIZE];
    start_capture();
    memset(big, 'x', sizeof big);
    adder_output_write(ADDER_STDOUT, "ab", 2);
    adder_output_write(ADDER_STDOUT, big, sizeof big);
    cr_assert_eq(captured_len[0], 2 + sizeof big);
    cr_assert_eq(captured[0][0], 'a');
    for (int i = 0; i < 5000; i++)
        adder_output_write(ADDER_STDOUT, "y", 1);
    adder_output_flush();
    cr_assert_eq(captured_len[0], 2 + sizeof big + 5000);
}

/* tests/unit/test_size.c: driver_size_report (driver/size.c) on ELF files
 * linked here from tests/size/: a Cortex-M0 ELF32 (arm-none-eabi-gcc with
 * tests/size/m0.ld: .heap and .stack NOLOAD sections) and a host ELF64.
 * The fixtures stand in for a generated program (gen.c, with #line and
 * mangled names) and a two-part libadder-rt.a (str.c pulls in list.c).
 * Totals are checked against arm-none-eabi-size / size(1) (Berkeley
 * format: text, data, bss), the stack against the sum of the frames in
 * gcc's .su files (the fixture's call graph is one chain). ARM tests skip
 * when arm-none-eabi-gcc is absent. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver/size.h"
#include "support/util.h"

enum { CMD_CAP = 4096 };

typedef struct Built {
    char dir[64];
    char elf[128], map[128];
    const char *c_paths[1];
    char c_path[CMD_CAP];
} Built;

/* tests/size/, found from this file's path. */
static void fixture_dir(char *out, size_t cap) {
    snprintf(out, cap, "%s", __FILE__);
    char *slash = strrchr(out, '/');
    *slash = 0;
    slash = strrchr(out, '/');
    snprintf(slash, cap - (size_t)(slash - out), "/size");
}

static bool have(const char *tool) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", tool);
    return system(cmd) == 0;
}

/* Builds the fixture with cc ("arm-none-eabi-gcc" or "cc") into a fresh
 * directory; defs are extra -D flags. */
static void build(Built *b, bool arm, const char *defs) {
    char src[CMD_CAP];
    fixture_dir(src, sizeof src);
    snprintf(b->dir, sizeof b->dir, "/tmp/adder-size-XXXXXX");
    cr_assert(mkdtemp(b->dir));
    const char *cc = arm ? "arm-none-eabi-gcc -mcpu=cortex-m0 -mthumb" : "cc";
    Buf cmd = {0};
    buf_printf(&cmd, "cd %s && F='-O1 -ffunction-sections -fdata-sections -fcallgraph-info=su "
                     "-fstack-usage %s' && ", b->dir, defs);
    buf_printf(&cmd, "%s $F -c %s/str.c -o str.c.o && %s $F -c %s/list.c -o list.c.o && ", cc,
               src, cc, src);
    buf_printf(&cmd, "%s rcs libadder-rt.a str.c.o list.c.o && ", arm ? "arm-none-eabi-ar" : "ar");
    buf_printf(&cmd, "%s $F -c %s/gen.c -o gen.o && ", cc, src);
    buf_printf(&cmd, "%s -Wl,--gc-sections -Wl,-Map=prog.map gen.o libadder-rt.a -o prog.elf", cc);
    if (arm)
        buf_printf(&cmd, " -nostdlib -T %s/m0.ld", src);
    cr_assert_eq(system(buf_cstr(&cmd)), 0, "fixture build failed: %s", buf_cstr(&cmd));
    buf_free(&cmd);
    snprintf(b->elf, sizeof b->elf, "%s/prog.elf", b->dir);
    snprintf(b->map, sizeof b->map, "%s/prog.map", b->dir);
    snprintf(b->c_path, sizeof b->c_path, "%.*s/gen.c", (int)(sizeof b->c_path - 8), src);
    b->c_paths[0] = b->c_path;
}

static void cleanup(const Built *b) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", b->dir);
    cr_assert_eq(system(cmd), 0);
}

/* Berkeley text, data, bss of the ELF from size(1). */
static void berkeley(const char *tool, const char *elf, uint64_t v[3]) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s", tool, elf);
    FILE *p = popen(cmd, "r");
    cr_assert(p);
    char line[512];
    cr_assert(fgets(line, sizeof line, p));  /* the heading */
    cr_assert(fgets(line, sizeof line, p));
    unsigned long long t, d, s;
    cr_assert_eq(sscanf(line, "%llu %llu %llu", &t, &d, &s), 3);
    v[0] = t, v[1] = d, v[2] = s;
    pclose(p);
}

/* Sum of the frames in the .su files of the build. */
static uint64_t su_total(const Built *b) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "cat %s/*.su", b->dir);
    FILE *p = popen(cmd, "r");
    cr_assert(p);
    uint64_t sum = 0;
    char line[512];
    while (fgets(line, sizeof line, p)) {
        char *tab = strchr(line, '\t');
        if (tab)
            sum += strtoull(tab + 1, NULL, 10);
    }
    pclose(p);
    return sum;
}

/* Runs the report into a string (caller frees). */
static char *report(const Built *b, SizeMode mode, uint64_t flash, uint64_t ram, SizeResult *res) {
    SizeRequest req = {0};
    req.mode = mode;
    req.target = "cortex-m0";
    req.elf = b->elf;
    req.map = b->map;
    req.stack_dir = b->dir;
    req.c_paths = b->c_paths;
    req.nc = 1;
    req.flash_limit = flash;
    req.ram_limit = ram;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    cr_assert(driver_size_report(out, &req, res));
    fclose(out);
    return text;
}

Test(size, arm_totals_match_arm_none_eabi_size) {
    if (!have("arm-none-eabi-gcc"))
        cr_skip_test("arm-none-eabi-gcc not installed");
    Built b;
    build(&b, true, "");
    uint64_t v[3];
    berkeley("arm-none-eabi-size", b.elf, v);
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 262144, 16384, &res);
    cr_assert_eq(res.flash_bytes, v[0] + v[1], "%s", text);
    /* RAM = data + bss + heap + stack reserve = Berkeley data + bss. */
    cr_assert_eq(res.ram_bytes, v[1] + v[2], "%s", text);
    cr_assert(strstr(text, "  heap           2,048 B"), "%s", text);
    cr_assert(strstr(text, "stack reserve 1,024"), "%s", text);
    char bss[64];
    snprintf(bss, sizeof bss, "data %llu + bss %llu", (unsigned long long)v[1],
             (unsigned long long)(v[2] - 3072));
    cr_assert(strstr(text, bss), "%s", text);
    cr_assert_eq(res.flash_over, 0);
    cr_assert_eq(res.ram_over, 0);
    free(text);
    cleanup(&b);
}

Test(size, arm_stack_is_the_call_chain) {
    if (!have("arm-none-eabi-gcc"))
        cr_skip_test("arm-none-eabi-gcc not installed");
    Built b;
    build(&b, true, "");
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 0, 0, &res);
    cr_assert(res.stack_bounded, "%s", text);
    cr_assert_eq(res.stack_bytes, su_total(&b), "%s", text);
    cr_assert(strstr(text, "path: main -> <module main> -> fact -> adder_str_len -> "
                           "adder_list_get"), "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, recursion_is_unbounded) {
    if (!have("arm-none-eabi-gcc"))
        cr_skip_test("arm-none-eabi-gcc not installed");
    Built b;
    build(&b, true, "-DSIZE_TEST_RECURSION=1");
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 0, 0, &res);
    cr_assert(!res.stack_bounded);
    cr_assert(strstr(text, "stack      unbounded (recursion: rec -> rec)"), "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, indirect_call_is_unknown) {
    Built b;
    build(&b, false, "-DSIZE_TEST_INDIRECT=1");
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 0, 0, &res);
    cr_assert(!res.stack_bounded);
    cr_assert(strstr(text, "stack      unknown (indirect call in <module main>)"), "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, host_elf64_totals_match_size) {
    Built b;
    build(&b, false, "");
    uint64_t v[3];
    berkeley("size", b.elf, v);
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 0, 0, &res);
    cr_assert_eq(res.flash_bytes, v[0] + v[1], "%s", text);
    cr_assert_eq(res.ram_bytes, v[1] + v[2], "%s", text);
    cr_assert(res.stack_bounded, "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, overflow_is_reported) {
    if (!have("arm-none-eabi-gcc"))
        cr_skip_test("arm-none-eabi-gcc not installed");
    Built b;
    build(&b, true, "");
    SizeResult res;
    char *text = report(&b, SIZE_SUMMARY, 16, 1024, &res);
    cr_assert_eq(res.flash_over, res.flash_span - 16);
    cr_assert_eq(res.ram_over, res.ram_span - 1024);
    /* The spans add only alignment padding to the section sums. */
    cr_assert(res.flash_span >= res.flash_bytes && res.flash_span < res.flash_bytes + 64);
    cr_assert(res.ram_span >= res.ram_bytes && res.ram_span < res.ram_bytes + 64);
    char want[128];
    snprintf(want, sizeof want,
             "error: the program does not fit cortex-m0: flash overflows by %llu B",
             (unsigned long long)res.flash_over);
    cr_assert(strstr(text, want), "%s", text);
    snprintf(want, sizeof want,
             "error: the program does not fit cortex-m0: RAM overflows by 2,%03llu B",
             (unsigned long long)res.ram_over - 2000);
    cr_assert(res.ram_over >= 2000 && res.ram_over < 3000);
    cr_assert(strstr(text, want), "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, full_report_names_functions_parts_and_lines) {
    bool arm = have("arm-none-eabi-gcc");
    Built b;
    build(&b, arm, "");
    SizeResult res;
    char *text = report(&b, SIZE_FULL, 0, 0, &res);
    cr_assert(strstr(text, "  fact "), "%s", text);
    cr_assert(strstr(text, "prog.py:2  main__fact"), "%s", text);
    cr_assert(strstr(text, "<module main>"), "%s", text);
    cr_assert(strstr(text, "  str                  prog.py:3 (adder_str_len)"), "%s", text);
    cr_assert(strstr(text, "  list                 via str (adder_list_get)"), "%s", text);
    cr_assert(strstr(text, "      512 B  main__table                  bss   gen.o"), "%s", text);
    cr_assert(strstr(text, "adder_list_cache             data  list"), "%s", text);
    free(text);
    cleanup(&b);
}

Test(size, not_an_elf_fails) {
    SizeRequest req = {0};
    req.mode = SIZE_SUMMARY;
    req.elf = __FILE__;
    SizeResult res;
    FILE *out = fopen("/dev/null", "w");
    cr_assert_not(driver_size_report(out, &req, &res));
    req.elf = "/nonexistent/prog.elf";
    cr_assert_not(driver_size_report(out, &req, &res));
    fclose(out);
}

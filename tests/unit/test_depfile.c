/* tests/unit/test_depfile.c: driver_write_depfile (driver/depfile.c) —
 * the make syntax, gcc's quoting of space, tab, '#', '$' and backslashes
 * (the expected texts are what `gcc -MD -MP` writes for the same names),
 * refusal of names make cannot quote, and the atomic replacement: an
 * existing file is replaced whole and no temporary file is left behind. */
#include "driver/driver.h"
#include "support/util.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A fresh directory for one test; the caller frees the path. */
static char *tmpdir(void) {
    char *dir = strdup("/tmp/adder-depfile-XXXXXX");
    cr_assert(dir && mkdtemp(dir), "mkdtemp");
    return dir;
}

static char *path_in(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Writes the depfile into dir/out.d and returns its text (malloc'ed). */
static char *write_read(const char *dir, const char *target, const char *const *deps, uint32_t n) {
    char *path = path_in(dir, "out.d");
    cr_assert(driver_write_depfile(path, target, deps, n), "write failed: %s", strerror(errno));
    size_t len;
    char *text = read_file(path, &len);
    cr_assert(text, "read back");
    free(path);
    return text;
}

static uint32_t count_entries(const char *dir) {
    DIR *d = opendir(dir);
    uint32_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

static void cleanup(char *dir) {
    char *p = path_in(dir, "out.d");
    unlink(p);
    free(p);
    rmdir(dir);
    free(dir);
}

Test(depfile, one_source) {
    char *dir = tmpdir();
    const char *deps[] = {"src/main.py"};
    char *text = write_read(dir, "out/main.c", deps, 1);
    cr_assert_str_eq(text, "out/main.c: src/main.py\n");
    free(text);
    cleanup(dir);
}

Test(depfile, imports_get_phony_rules) {
    char *dir = tmpdir();
    const char *deps[] = {"a.py", "b.py", "inc/hal.h"};
    char *text = write_read(dir, "a.c", deps, 3);
    cr_assert_str_eq(text, "a.c: a.py \\\n b.py \\\n inc/hal.h\n\nb.py:\n\ninc/hal.h:\n");
    free(text);
    cleanup(dir);
}

Test(depfile, gcc_quoting) {
    /* gcc -MD -MP -MF out.d -c 'm a.c' -o 'o$#.o' including
     * "we ird/h $a#b.h" writes exactly these names. */
    char *dir = tmpdir();
    const char *deps[] = {"m a.c", "we ird/h $a#b.h"};
    char *text = write_read(dir, "o$#.o", deps, 2);
    cr_assert_str_eq(text, "o$$\\#.o: m\\ a.c \\\n we\\ ird/h\\ $$a\\#b.h\n\nwe\\ ird/h\\ $$a\\#b.h:\n");
    free(text);
    cleanup(dir);
}

Test(depfile, backslashes) {
    /* Backslashes before a space are doubled, others are left alone. */
    char *dir = tmpdir();
    const char *deps[] = {"a\\ b", "c\\d", "e\tf"};
    char *text = write_read(dir, "t", deps, 3);
    cr_assert_str_eq(text, "t: a\\\\\\ b \\\n c\\d \\\n e\\\tf\n\nc\\d:\n\ne\\\tf:\n");
    free(text);
    cleanup(dir);
}

Test(depfile, newline_refused) {
    char *dir = tmpdir();
    char *path = path_in(dir, "out.d");
    const char *deps[] = {"ok.py", "bad\nname.py"};
    errno = 0;
    cr_assert_not(driver_write_depfile(path, "t.c", deps, 2));
    cr_assert_eq(errno, EINVAL);
    cr_assert_not(driver_write_depfile(path, "", deps, 1));
    cr_assert_eq(count_entries(dir), 0, "nothing written");
    free(path);
    cleanup(dir);
}

Test(depfile, replaces_atomically) {
    char *dir = tmpdir();
    char *path = path_in(dir, "out.d");
    FILE *f = fopen(path, "w");
    fputs("old contents that are longer than the new ones\n", f);
    fclose(f);
    const char *deps[] = {"x.py"};
    char *text = write_read(dir, "x.c", deps, 1);
    cr_assert_str_eq(text, "x.c: x.py\n");
    cr_assert_eq(count_entries(dir), 1, "no temporary file left");
    free(text);
    free(path);
    cleanup(dir);
}

Test(depfile, missing_directory) {
    const char *deps[] = {"x.py"};
    errno = 0;
    cr_assert_not(driver_write_depfile("/nonexistent-adder-dir/x.d", "x.c", deps, 1));
    cr_assert_eq(errno, ENOENT);
}

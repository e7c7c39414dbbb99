/* driver/depfile.c: make-style dependency files for `adder compile -MD`.
 *
 * The file says that `target` depends on every file the compiler read:
 *
 *     out/mod.c: src/mod.py \
 *      src/util.py
 *
 *     src/util.py:
 *
 * like `gcc -MD -MP`: after the rule, each dependency but the first (the
 * main source) gets an empty rule of its own, so deleting an imported
 * module makes make rebuild instead of failing with "no rule to make".
 * Names are quoted as GCC's mkdeps does and GNU make, Ninja and CMake's
 * depfile reader undo: a space or tab is preceded by a backslash (and the
 * backslashes just before it are doubled), '#' becomes "\#" and '$'
 * becomes "$$". A newline cannot be quoted at all, so such a name is
 * refused. The file is written to a temporary name in the same directory
 * and renamed over `path`, so a reader (or an interrupted build) never
 * sees half a depfile. */
#include "driver/driver.h"
#include "support/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Appends name quoted for make; false if it cannot be quoted. */
static bool quote(Buf *b, const char *name) {
    size_t slashes = 0;
    if (!*name)
        return false;
    for (const char *p = name; *p; p++) {
        switch (*p) {
        case '\n':
        case '\r':
            return false;
        case ' ':
        case '\t':
            /* make: 2N+1 backslashes and a space are N backslashes and
             * a space, so the N already written are doubled. */
            for (; slashes; slashes--)
                buf_push(b, '\\');
            buf_push(b, '\\');
            break;
        case '#':
            buf_push(b, '\\');
            slashes = 0;
            break;
        case '$':
            buf_push(b, '$');
            slashes = 0;
            break;
        case '\\':
            slashes++;
            break;
        default:
            slashes = 0;
            break;
        }
        buf_push(b, *p);
    }
    return true;
}

/* The whole depfile text in b; false if a name cannot be quoted. */
static bool format(Buf *b, const char *target, const char *const *deps, uint32_t n) {
    if (!quote(b, target))
        return false;
    buf_push(b, ':');
    for (uint32_t i = 0; i < n; i++) {
        buf_puts(b, i ? " \\\n " : " ");
        if (!quote(b, deps[i]))
            return false;
    }
    buf_push(b, '\n');
    for (uint32_t i = 1; i < n; i++) {
        buf_push(b, '\n');
        quote(b, deps[i]);
        buf_puts(b, ":\n");
    }
    return true;
}

/* Writes len bytes of data to a fresh file next to path, then renames it
 * over path. On failure the temporary file is gone and errno is kept from
 * the failing call. */
static bool write_atomic(const char *path, const char *data, size_t len) {
    size_t plen = strlen(path);
    char *tmp = xmalloc(plen + sizeof ".XXXXXX");
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".XXXXXX", sizeof ".XXXXXX");
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return false;
    }
    /* mkstemp makes 0600; a depfile is as readable as the other outputs. */
    (void)fchmod(fd, 0644);
    FILE *f = fdopen(fd, "w");
    bool ok = f != NULL;
    if (!f)
        close(fd);
    else if (fwrite(data, 1, len, f) != len)
        ok = false, fclose(f);
    else
        ok = fclose(f) == 0;
    ok = ok && rename(tmp, path) == 0;
    int err = errno;
    if (!ok)
        unlink(tmp);
    free(tmp);
    errno = err;
    return ok;
}

bool driver_write_depfile(const char *path, const char *target, const char *const *deps,
                          uint32_t n) {
    Buf b = {0};
    if (!path || !target || !format(&b, target, deps, n)) {
        buf_free(&b);
        errno = EINVAL;
        return false;
    }
    bool ok = write_atomic(path, b.data, b.len);
    int err = errno;
    buf_free(&b);
    errno = err;
    return ok;
}

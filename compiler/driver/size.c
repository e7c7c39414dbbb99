/* driver/size.c: the size report of a linked program (`--size[=full]`).
 *
 * Four readers feed one report, none of them needing binutils at run time:
 *  - the ELF (32 or 64 bit, either byte order): section headers classify
 *    every allocated section as Berkeley size(1) does (read-only -> text,
 *    writable with contents -> data, no contents -> bss), except that the
 *    heap arena (a `.heap*` section, or __adder_heap_start/__adder_heap_end)
 *    and the stack reserve (a `.stack*` section) are set apart. So
 *    text + data + bss + heap + stack equals size(1)'s text + data + bss;
 *  - the GNU ld map file: which object file every input section came from
 *    (flash/RAM per runtime part, libadder-rt.a(str.c.o) -> "str") and the
 *    "Archive member included to satisfy reference by file (symbol)" table
 *    (who pulled each part in);
 *  - gcc's -fcallgraph-info=su files (*.ci, VCG text: a node per function
 *    with its frame size, an edge per call) under stack_dir: the worst-case
 *    stack is the heaviest path from Reset_Handler (or main); a cycle or an
 *    edge to __indirect_call makes it "unbounded"/"unknown";
 *  - the generated C files, whose `#line N "file.py"` directives turn the
 *    first use of a symbol into the Python line that needed it.
 * Flash = text + data (data's initial image lives in flash); static RAM =
 * data + bss; the RAM checked against the limit adds the heap arena and
 * the stack reserve. The printed format is documented in size.h. */
#include "driver/size.h"
#include "support/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Rows of each --size=full table before the rest is summed as "others". */
enum { SIZE_MAX_ROWS = 40 };
/* Call-graph depth the stack search follows; deeper is reported unknown
 * (the graph comes from the user's program, so the recursion is bounded). */
enum { SIZE_MAX_CALL_DEPTH = 512 };
/* Directory levels searched below stack_dir for .ci files. */
enum { SIZE_MAX_DIR_DEPTH = 6 };
/* Externals without stack data named in the report. */
enum { SIZE_MAX_MISSING = 6 };

/* ---- ELF reading ---- */

typedef enum SectClass { SC_NONE, SC_TEXT, SC_DATA, SC_BSS, SC_HEAP, SC_STACK } SectClass;

typedef struct Sect {
    const char *name;
    uint32_t type;
    uint64_t flags, addr, size;
    SectClass cls;
} Sect;

typedef struct Sym {
    const char *name;
    uint64_t value, size;
    uint32_t shndx;
    uint8_t type;  /* STT_* */
} Sym;

/* A PT_LOAD segment: where its bytes run (vaddr) and are stored (paddr). */
typedef struct Seg {
    uint64_t vaddr, paddr, memsz;
} Seg;

typedef struct Elf {
    const uint8_t *p;
    size_t len;
    bool is64, big;
    Sect *sects;
    uint32_t nsect;
    VEC(Sym) syms;
    VEC(Seg) segs;
} Elf;

enum {
    PT_LOAD = 1, SHT_SYMTAB = 2, SHT_NOBITS = 8, SHF_WRITE = 1, SHF_ALLOC = 2,
    STT_OBJECT = 1, STT_FUNC = 2, SHN_LORESERVE = 0xff00,
};

/* The n-byte integer at off in the file's byte order. Callers check that
 * whole headers and table entries lie inside the file first. */
static uint64_t rd(const Elf *e, size_t off, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++) {
        uint64_t byte = e->p[off + (size_t)(e->big ? i : n - 1 - i)];
        v = v << 8 | byte;
    }
    return v;
}

/* A field that is n32 bytes wide in ELF32 and n64 in ELF64 (addresses,
 * offsets and sizes). */
static uint64_t fld(const Elf *e, size_t off, int n32, int n64) {
    return rd(e, off, e->is64 ? n64 : n32);
}

/* String i of a string table, "" when out of bounds or unterminated. */
static const char *str_at(const Elf *e, uint64_t tab, uint64_t tabsize, uint64_t i) {
    if (i >= tabsize || tab > e->len || tabsize > e->len - tab)
        return "";
    const char *s = (const char *)e->p + tab + i;
    return memchr(s, 0, tabsize - i) ? s : "";
}

/* Berkeley size(1)'s rule (read-only -> text, writable with contents ->
 * data, no contents -> bss) for allocated sections, with the board's heap
 * arena and stack reserve set apart by name (runtime/boards/cortex-m.ld). */
static SectClass classify(const Sect *s) {
    if (!(s->flags & SHF_ALLOC) || s->size == 0)
        return SC_NONE;
    if (!strncmp(s->name, ".heap", 5))
        return SC_HEAP;
    if (!strncmp(s->name, ".stack", 6))
        return SC_STACK;
    if (s->type == SHT_NOBITS)
        return SC_BSS;
    return (s->flags & SHF_WRITE) ? SC_DATA : SC_TEXT;
}

/* Appends the named symbols of symbol table st (its string table is
 * section link). Offsets: ELF32 name 0, value 4, size 8, info 12, shndx
 * 14; ELF64 name 0, info 4, shndx 6, value 8, size 16. */
static bool read_symtab(Elf *e, const Sect *st, uint64_t off, uint32_t link, uint64_t entsize) {
    size_t shoff = (size_t)fld(e, e->is64 ? 0x28 : 0x20, 4, 8);
    size_t shentsize = (size_t)rd(e, e->is64 ? 0x3a : 0x2e, 2);
    if (link >= e->nsect)
        return false;
    size_t lh = shoff + link * shentsize;
    uint64_t stroff = fld(e, lh + (e->is64 ? 0x18 : 0x10), 4, 8);
    uint64_t strsize = fld(e, lh + (e->is64 ? 0x20 : 0x14), 4, 8);
    if (entsize < (e->is64 ? 24u : 16u) || off > e->len || st->size > e->len - off)
        return false;
    for (uint64_t at = off; at + entsize <= off + st->size; at += entsize) {
        Sym y = {0};
        size_t a = (size_t)at;
        y.name = str_at(e, stroff, strsize, rd(e, a, 4));
        if (e->is64) {
            y.type = e->p[a + 4] & 0xf;
            y.shndx = (uint32_t)rd(e, a + 6, 2);
            y.value = rd(e, a + 8, 8);
            y.size = rd(e, a + 16, 8);
        } else {
            y.value = rd(e, a + 4, 4);
            y.size = rd(e, a + 8, 4);
            y.type = e->p[a + 12] & 0xf;
            y.shndx = (uint32_t)rd(e, a + 14, 2);
        }
        if (y.name[0])
            vec_push(&e->syms, y);
    }
    return true;
}

/* The program headers' PT_LOAD segments (offsets ELF32/ELF64: e_phoff
 * 0x1c/0x20, e_phentsize 0x2a/0x36, e_phnum 0x2c/0x38; in an entry p_vaddr
 * 8/16, p_paddr 12/24, p_memsz 20/40). None is not an error. */
static void read_segments(Elf *e) {
    uint64_t off = fld(e, e->is64 ? 0x20 : 0x1c, 4, 8);
    uint64_t entsize = rd(e, e->is64 ? 0x36 : 0x2a, 2);
    uint64_t n = rd(e, e->is64 ? 0x38 : 0x2c, 2);
    if (entsize < (e->is64 ? 56u : 32u) || off > e->len || n * entsize > e->len - off)
        return;
    for (uint64_t i = 0; i < n; i++) {
        size_t h = (size_t)(off + i * entsize);
        if (rd(e, h, 4) != PT_LOAD)
            continue;
        Seg g = {fld(e, h + (e->is64 ? 16 : 8), 4, 8), fld(e, h + (e->is64 ? 24 : 12), 4, 8),
                 fld(e, h + (e->is64 ? 40 : 20), 4, 8)};
        vec_push(&e->segs, g);
    }
}

/* The load (flash) address of a section: its address moved as the
 * segment holding it is (.data runs in RAM but is stored in flash). */
static uint64_t load_addr(const Elf *e, const Sect *s) {
    for (uint32_t i = 0; i < e->segs.n; i++) {
        const Seg *g = &e->segs.items[i];
        if (s->addr >= g->vaddr && s->addr < g->vaddr + g->memsz)
            return g->paddr + (s->addr - g->vaddr);
    }
    return s->addr;
}

/* Parses the header, the section table and the symbol table. Header
 * offsets (ELF32/ELF64): e_shoff 0x20/0x28, e_shentsize 0x2e/0x3a, e_shnum
 * 0x30/0x3c, e_shstrndx 0x32/0x3e. False if anything is out of bounds. */
static bool elf_parse(Elf *e) {
    const uint8_t *p = e->p;
    if (e->len < 0x34 || memcmp(p, "\177ELF", 4) || (p[4] != 1 && p[4] != 2) ||
        (p[5] != 1 && p[5] != 2))
        return false;
    e->is64 = p[4] == 2;
    e->big = p[5] == 2;
    if (e->is64 && e->len < 0x40)
        return false;
    uint64_t shoff = fld(e, e->is64 ? 0x28 : 0x20, 4, 8);
    uint64_t entsize = rd(e, e->is64 ? 0x3a : 0x2e, 2);
    uint64_t n = rd(e, e->is64 ? 0x3c : 0x30, 2);
    uint64_t shstrndx = rd(e, e->is64 ? 0x3e : 0x32, 2);
    if (n == 0 || entsize < (e->is64 ? 64u : 40u) || shoff > e->len ||
        n * entsize > e->len - shoff || shstrndx >= n)
        return false;
    e->nsect = (uint32_t)n;
    e->sects = xmalloc(sizeof *e->sects * n);
    size_t sh = (size_t)(shoff + shstrndx * entsize);
    uint64_t stroff = fld(e, sh + (e->is64 ? 0x18 : 0x10), 4, 8);
    uint64_t strsize = fld(e, sh + (e->is64 ? 0x20 : 0x14), 4, 8);
    for (uint64_t i = 0; i < n; i++) {
        size_t h = (size_t)(shoff + i * entsize);
        Sect *s = &e->sects[i];
        s->name = str_at(e, stroff, strsize, rd(e, h, 4));
        s->type = (uint32_t)rd(e, h + 4, 4);
        s->flags = fld(e, h + 8, 4, 8);
        s->addr = fld(e, h + (e->is64 ? 0x10 : 0x0c), 4, 8);
        s->size = fld(e, h + (e->is64 ? 0x20 : 0x14), 4, 8);
        s->cls = classify(s);
    }
    for (uint64_t i = 0; i < n; i++) {
        size_t h = (size_t)(shoff + i * entsize);
        if (e->sects[i].type != SHT_SYMTAB)
            continue;
        uint64_t off = fld(e, h + (e->is64 ? 0x18 : 0x10), 4, 8);
        uint32_t link = (uint32_t)rd(e, h + (e->is64 ? 0x28 : 0x18), 4);
        uint64_t esz = fld(e, h + (e->is64 ? 0x38 : 0x24), 4, 8);
        if (!read_symtab(e, &e->sects[i], off, link, esz))
            return false;
    }
    read_segments(e);
    return true;
}

static const Sym *find_sym(const Elf *e, const char *name) {
    for (uint32_t i = 0; i < e->syms.n; i++)
        if (!strcmp(e->syms.items[i].name, name) && e->syms.items[i].shndx != 0)
            return &e->syms.items[i];
    return NULL;
}

static SectClass sym_class(const Elf *e, const Sym *y) {
    if (y->shndx == 0 || y->shndx >= SHN_LORESERVE || y->shndx >= e->nsect)
        return SC_NONE;
    return e->sects[y->shndx].cls;
}

/* ---- totals ---- */

typedef struct Totals {
    uint64_t text, data, bss, heap, stack_reserve;
    uint64_t flash_span, ram_span;  /* first to last byte, alignment gaps included */
    bool heap_in_elf;               /* the heap is a section or symbols of the ELF */
} Totals;

/* Widens [*lo, *hi) to cover [a, a + n). */
static void span_add(uint64_t *lo, uint64_t *hi, uint64_t a, uint64_t n) {
    if (a < *lo)
        *lo = a;
    if (a + n > *hi)
        *hi = a + n;
}

/* The bytes of flash and RAM from the first section to the end of the
 * last: what the linker checks against a region (it counts alignment
 * padding, which the section sums do not). */
static void fill_spans(const Elf *e, Totals *t) {
    uint64_t flo = UINT64_MAX, fhi = 0, rlo = UINT64_MAX, rhi = 0;
    for (uint32_t i = 0; i < e->nsect; i++) {
        const Sect *s = &e->sects[i];
        if (s->cls == SC_TEXT || s->cls == SC_DATA)
            span_add(&flo, &fhi, load_addr(e, s), s->size);
        if (s->cls != SC_NONE && s->cls != SC_TEXT)
            span_add(&rlo, &rhi, s->addr, s->size);
    }
    t->flash_span = fhi > flo ? fhi - flo : 0;
    t->ram_span = rhi > rlo ? rhi - rlo : 0;
}

/* Sums the sections by class; a heap arena marked only by symbols, or
 * found as a .bss object of heap_bytes, moves from bss to heap. */
static void fill_totals(const Elf *e, const SizeRequest *req, Totals *t) {
    memset(t, 0, sizeof *t);
    fill_spans(e, t);
    for (uint32_t i = 0; i < e->nsect; i++) {
        const Sect *s = &e->sects[i];
        uint64_t *slot[] = {NULL, &t->text, &t->data, &t->bss, &t->heap, &t->stack_reserve};
        if (slot[s->cls])
            *slot[s->cls] += s->size;
    }
    t->heap_in_elf = t->heap > 0;
    /* An arena marked by symbols inside .bss is the heap, not static RAM. */
    const Sym *lo = find_sym(e, "__adder_heap_start"), *hi = find_sym(e, "__adder_heap_end");
    if (t->heap == 0 && lo && hi && hi->value > lo->value) {
        uint64_t n = hi->value - lo->value;
        SectClass c = sym_class(e, lo);
        uint64_t *from = c == SC_BSS ? &t->bss : c == SC_DATA ? &t->data : NULL;
        if (from && *from >= n) {
            *from -= n;
            t->heap_in_elf = true;
        }
        t->heap = n;
    }
    if (t->heap == 0 && req->heap_bytes) {
        /* An arena that is a plain static array: the object in .bss of
         * exactly the requested size. */
        for (uint32_t i = 0; i < e->syms.n; i++) {
            const Sym *y = &e->syms.items[i];
            if (y->type == STT_OBJECT && y->size == req->heap_bytes && sym_class(e, y) == SC_BSS &&
                t->bss >= y->size) {
                t->bss -= y->size;
                t->heap_in_elf = true;
                break;
            }
        }
        t->heap = req->heap_bytes;
    }
}

/* ---- number formatting ---- */

typedef struct Num {
    char s[32];
} Num;

/* 1234567 -> "1,234,567". */
static Num num(uint64_t v) {
    char raw[24];
    Num out;
    int n = snprintf(raw, sizeof raw, "%llu", (unsigned long long)v), j = 0;
    for (int i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            out.s[j++] = ',';
        out.s[j++] = raw[i];
    }
    out.s[j] = 0;
    return out;
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static char *dup_n(const char *s, size_t n) {
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static bool python_name(Buf *out, const char *sym, bool with_module);

/* ---- the stack call graph (-fcallgraph-info=su) ---- */

/* A call-graph title as the report shows it: Python names for generated
 * functions ("main__fact" -> "fact"), C names otherwise. */
static void put_title(Buf *out, const char *title) {
    if (!python_name(out, title, false))
        buf_puts(out, title);
}

typedef struct CgNode {
    char *title;
    int64_t bytes;       /* -1: no data (an external declaration only) */
    bool dynamic;        /* frame size not bounded (alloca, VLA) */
    VEC(uint32_t) calls;
    uint8_t state;       /* 0 new, 1 on the DFS path, 2 done */
    uint64_t worst;      /* heaviest path from here, this frame included */
    uint32_t next;       /* callee on that path, or UINT32_MAX */
} CgNode;

typedef struct Graph {
    VEC(CgNode) nodes;
    uint32_t *slots;      /* open-addressing index of nodes by title: node + 1, 0 empty */
    uint32_t nslots;      /* a power of two, at least twice nodes.n */
    VEC(char *) missing;  /* externals without stack data, reached from the root */
    Buf cycle;            /* "unbounded (recursion: ...)", the first cycle found */
    Buf why;              /* "unknown (...)", the first other reason found */
} Graph;

static uint32_t title_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;  /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* Doubles the index and re-inserts every node. */
static void grow_slots(Graph *g) {
    free(g->slots);
    g->nslots = g->nslots ? g->nslots * 2 : 256;
    g->slots = xmalloc(sizeof *g->slots * g->nslots);
    memset(g->slots, 0, sizeof *g->slots * g->nslots);
    for (uint32_t i = 0; i < g->nodes.n; i++) {
        const char *t = g->nodes.items[i].title;
        uint32_t k = title_hash(t, strlen(t)) & (g->nslots - 1);
        while (g->slots[k])
            k = (k + 1) & (g->nslots - 1);
        g->slots[k] = i + 1;
    }
}

/* The node titled title[0..n), added on first sight. */
static uint32_t node_of(Graph *g, const char *title, size_t n) {
    /* Static functions are "/dir/file.c:name": keep "file.c:name". */
    const char *colon = memchr(title, ':', n);
    for (const char *c = colon ? colon : title; c > title; c--)
        if (c[-1] == '/') {
            n -= (size_t)(c - title);
            title = c;
            break;
        }
    if (2 * (g->nodes.n + 1) > g->nslots)
        grow_slots(g);
    uint32_t k = title_hash(title, n) & (g->nslots - 1);
    for (; g->slots[k]; k = (k + 1) & (g->nslots - 1)) {
        const char *t = g->nodes.items[g->slots[k] - 1].title;
        if (strlen(t) == n && !memcmp(t, title, n))
            return g->slots[k] - 1;
    }
    CgNode node = {0};
    node.title = dup_n(title, n);
    node.bytes = -1;
    node.next = UINT32_MAX;
    vec_push(&g->nodes, node);
    g->slots[k] = g->nodes.n;
    return g->nodes.n - 1;
}

/* The quoted value after `key: "` in a VCG line, as (start, length). */
static const char *vcg_value(const char *line, const char *key, size_t *n) {
    const char *k = strstr(line, key);
    if (!k)
        return NULL;
    const char *q = strchr(k + strlen(key), '"');
    if (!q)
        return NULL;
    const char *end = strchr(q + 1, '"');
    if (!end)
        return NULL;
    *n = (size_t)(end - q - 1);
    return q + 1;
}

/* One line of a .ci file:
 *   node: { title: "f" label: "f\nfile.c:3:5\n16 bytes (static)" }
 *   node: { title: "g" label: "g\nfile.c:6:12" shape : ellipse }   (declared only)
 *   edge: { sourcename: "f" targetname: "g" label: "file.c:4:3" }
 * An indirect call is an edge to the node "__indirect_call". */
static void ci_line(Graph *g, const char *line) {
    size_t n, m;
    const char *t;
    if (!strncmp(line, "node:", 5) && (t = vcg_value(line, "title:", &n))) {
        uint32_t i = node_of(g, t, n);
        CgNode *node = &g->nodes.items[i];
        const char *label = vcg_value(line, "label:", &m);
        const char *bytes = label ? strstr(label, " bytes (") : NULL;
        if (bytes && bytes < label + m) {
            const char *d = bytes;
            while (d > label && d[-1] >= '0' && d[-1] <= '9')
                d--;
            node->bytes = strtoll(d, NULL, 10);
            node->dynamic = !strncmp(bytes, " bytes (dynamic)", 16);
        }
    } else if (!strncmp(line, "edge:", 5) && (t = vcg_value(line, "sourcename:", &n))) {
        uint32_t from = node_of(g, t, n);
        const char *u = vcg_value(line, "targetname:", &m);
        if (u) {
            uint32_t to = node_of(g, u, m);
            vec_push(&g->nodes.items[from].calls, to);
        }
    }
}

static void read_ci(Graph *g, const char *path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return;
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        ci_line(g, line);
        line = nl ? nl + 1 : NULL;
    }
    free(text);
}

static int name_cmp(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Reads every .ci file under dir (SIZE_MAX_DIR_DEPTH levels), in name
 * order so that the report does not depend on the file system. */
static void scan_dir(Graph *g, const char *dir, int depth) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    VEC(char *) names = {0};
    for (struct dirent *de; (de = readdir(d));)
        if (de->d_name[0] != '.')
            vec_push(&names, dup_n(de->d_name, strlen(de->d_name)));
    closedir(d);
    if (names.n)
        qsort(names.items, names.n, sizeof *names.items, name_cmp);
    for (uint32_t i = 0; i < names.n; i++) {
        Buf path = {0};
        buf_printf(&path, "%s/%s", dir, names.items[i]);
        struct stat st;
        size_t n = strlen(names.items[i]);
        if (stat(buf_cstr(&path), &st) == 0 && S_ISDIR(st.st_mode)) {
            if (depth < SIZE_MAX_DIR_DEPTH)
                scan_dir(g, buf_cstr(&path), depth + 1);
        } else if (n > 3 && !strcmp(names.items[i] + n - 3, ".ci")) {
            read_ci(g, buf_cstr(&path));
        }
        buf_free(&path);
        free(names.items[i]);
    }
    vec_free(&names);
}

/* Names a chain of callers: path[0] -> ... -> path[n-1]. */
static void put_chain(Graph *g, const uint32_t *path, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        buf_puts(&g->cycle, i ? " -> " : "");
        put_title(&g->cycle, g->nodes.items[path[i]].title);
    }
}

static void note_missing(Graph *g, const char *title) {
    for (uint32_t i = 0; i < g->missing.n; i++)
        if (!strcmp(g->missing.items[i], title))
            return;
    vec_push(&g->missing, (char *)title);
}

/* Heaviest path from node i (memoized DFS). path holds the callers on the
 * DFS stack, so that a cycle can be named. Recursion is bounded by
 * SIZE_MAX_CALL_DEPTH. */
static uint64_t worst_from(Graph *g, uint32_t i, uint32_t *path, uint32_t depth) {
    CgNode *node = &g->nodes.items[i];
    if (node->state == 2)
        return node->worst;
    if (node->state == 1) {
        if (!g->cycle.len) {
            uint32_t k = depth;
            while (k > 0 && path[k - 1] != i)
                k--;
            buf_puts(&g->cycle, "unbounded (recursion: ");
            put_chain(g, path + (k ? k - 1 : 0), depth - (k ? k - 1 : 0));
            buf_puts(&g->cycle, " -> ");
            put_title(&g->cycle, node->title);
            buf_puts(&g->cycle, ")");
        }
        return 0;
    }
    if (depth >= SIZE_MAX_CALL_DEPTH) {
        if (!g->why.len)
            buf_printf(&g->why, "unknown (call chain deeper than %d)", SIZE_MAX_CALL_DEPTH);
        return 0;
    }
    if (node->bytes < 0 && !strcmp(node->title, "__indirect_call"))
        return 0;
    if (node->bytes < 0)
        note_missing(g, node->title);
    if (node->dynamic && !g->why.len)
        buf_printf(&g->why, "unknown (dynamic stack frame in %s)", node->title);
    node->state = 1;
    path[depth] = i;
    uint64_t best = 0;
    for (uint32_t c = 0; c < g->nodes.items[i].calls.n; c++) {
        uint32_t callee = g->nodes.items[i].calls.items[c];
        if (!strcmp(g->nodes.items[callee].title, "__indirect_call") && !g->why.len) {
            buf_puts(&g->why, "unknown (indirect call in ");
            put_title(&g->why, g->nodes.items[i].title);
            buf_puts(&g->why, ")");
        }
        uint64_t w = worst_from(g, callee, path, depth + 1);
        if (w > best || g->nodes.items[i].next == UINT32_MAX) {
            best = w;
            g->nodes.items[i].next = callee;
        }
    }
    node = &g->nodes.items[i];
    node->state = 2;
    node->worst = best + (uint64_t)(node->bytes > 0 ? node->bytes : 0);
    return node->worst;
}

static void graph_free(Graph *g) {
    for (uint32_t i = 0; i < g->nodes.n; i++) {
        free(g->nodes.items[i].title);
        vec_free(&g->nodes.items[i].calls);
    }
    vec_free(&g->nodes);
    free(g->slots);
    vec_free(&g->missing);
    buf_free(&g->cycle);
    buf_free(&g->why);
}

typedef struct StackInfo {
    uint64_t bytes;       /* heaviest path found */
    bool bounded;         /* no recursion, indirect call or dynamic frame */
    Buf text;             /* the report lines after "  stack      " */
} StackInfo;

/* Finds the root (Reset_Handler, else main) and describes its heaviest
 * path. Returns false when there is no call graph at all. */
static bool stack_info(StackInfo *si, Graph *g) {
    uint32_t root = UINT32_MAX;
    for (uint32_t i = 0; i < g->nodes.n; i++) {
        const CgNode *node = &g->nodes.items[i];
        if (node->bytes >= 0 && !strcmp(node->title, "Reset_Handler"))
            root = i;
        else if (node->bytes >= 0 && !strcmp(node->title, "main") && root == UINT32_MAX)
            root = i;
    }
    if (root == UINT32_MAX)
        return false;
    uint32_t *path = xmalloc(sizeof *path * (SIZE_MAX_CALL_DEPTH + 1));
    si->bytes = worst_from(g, root, path, 0);
    free(path);
    si->bounded = g->why.len == 0 && g->cycle.len == 0;
    Num n = num(si->bytes);
    if (!si->bounded)
        buf_printf(&si->text, "%s%s%s: %s B along the known calls", buf_cstr(&g->cycle),
                   g->cycle.len && g->why.len ? "; " : "", buf_cstr(&g->why), n.s);
    else
        buf_printf(&si->text, "%9s B worst case", n.s);
    buf_puts(&si->text, "\n             path: ");
    uint32_t steps = 0;
    for (uint32_t i = root; i != UINT32_MAX && steps < SIZE_MAX_CALL_DEPTH; steps++) {
        buf_puts(&si->text, steps ? " -> " : "");
        put_title(&si->text, g->nodes.items[i].title);
        i = g->nodes.items[i].next;
    }
    if (g->missing.n) {
        buf_puts(&si->text, "\n             not counted (no stack data):");
        for (uint32_t i = 0; i < g->missing.n && i < SIZE_MAX_MISSING; i++)
            buf_printf(&si->text, "%s %s", i ? "," : "", g->missing.items[i]);
        if (g->missing.n > SIZE_MAX_MISSING)
            buf_puts(&si->text, ", ...");
    }
    return true;
}

/* The stack lines of the report from the .ci files under the dirs. */
static void fill_stack(StackInfo *si, const SizeRequest *req) {
    Graph g = {0};
    if (req->stack_dir)
        scan_dir(&g, req->stack_dir, 0);
    if (req->runtime_stack_dir)
        scan_dir(&g, req->runtime_stack_dir, 0);
    if (!stack_info(si, &g))
        buf_puts(&si->text, "unknown (no call graph: compile with -fcallgraph-info=su)");
    graph_free(&g);
}

/* ---- the map file ---- */

typedef struct Part {
    char *file;          /* as the map names it: "/x/libadder-rt.a(str.c.o)" or "prog.o" */
    char *name;          /* "str", "libc_nano.a(lib_a-memcpy.o)", "prog.o" */
    bool runtime;        /* a member of libadder-rt.a */
    uint64_t flash, ram;
    char *by_file, *by_sym;  /* the reference that pulled an archive member in */
    const char *big_name;    /* its largest flash symbol (in the Elf), or NULL */
    uint64_t big_size;
} Part;

typedef struct Range {
    uint64_t addr, size;
    uint32_t part;
} Range;

typedef struct Map {
    VEC(Part) parts;
    VEC(Range) ranges;
} Map;


/* "…/libadder-rt.a(str.c.o)" -> "str"; other files keep their base name. */
static char *part_name(const char *file, bool *runtime) {
    const char *open = strchr(file, '(');
    size_t n = strlen(file);
    *runtime = false;
    if (!open || file[n - 1] != ')')
        return dup_n(base_name(file), strlen(base_name(file)));
    const char *ar = open;
    while (ar > file && ar[-1] != '/')
        ar--;
    if (!strncmp(ar, "libadder-rt", 11)) {
        *runtime = true;
        const char *m = open + 1;
        size_t k = strcspn(m, ".)");
        return dup_n(m, k);
    }
    return dup_n(ar, (size_t)(file + n - ar));
}

/* The part for an input file named by the map, added on first sight. */
static uint32_t part_of(Map *m, const char *file, size_t n) {
    for (uint32_t i = 0; i < m->parts.n; i++)
        if (strlen(m->parts.items[i].file) == n && !memcmp(m->parts.items[i].file, file, n))
            return i;
    Part p = {0};
    p.file = dup_n(file, n);
    p.name = part_name(p.file, &p.runtime);
    vec_push(&m->parts, p);
    return m->parts.n - 1;
}

/* Splits a line into up to max whitespace-separated words (in place). */
static int words(char *line, char **w, int max) {
    int n = 0;
    char *save = NULL;
    for (char *t = strtok_r(line, " \t\r", &save); t && n < max;
         t = strtok_r(NULL, " \t\r", &save))
        w[n++] = t;
    return n;
}

/* One line of the archive-member table: "member" alone, then
 * "referrer (symbol)" on the next line, or both on one line. */
static void member_line(Map *m, char *line, uint32_t *cur) {
    bool indented = line[0] == ' ' || line[0] == '\t';
    char *w[4];
    int n = words(line, w, 4);
    if (n == 0)
        return;
    int at = 0;
    if (!indented) {
        *cur = part_of(m, w[0], strlen(w[0]));
        at = 1;
    }
    if (*cur == UINT32_MAX || n - at < 2 || w[at + 1][0] != '(')
        return;
    Part *p = &m->parts.items[*cur];
    if (p->by_file)
        return;
    char *sym = w[at + 1] + 1;
    size_t k = strcspn(sym, ")");
    p->by_file = dup_n(w[at], strlen(w[at]));
    p->by_sym = dup_n(sym, k);
    *cur = UINT32_MAX;
}

typedef struct MapState {
    SectClass out;     /* class of the current output section */
    char *pending;     /* an input section name whose numbers follow on the next line */
} MapState;

static SectClass out_class(const Elf *e, const char *name) {
    for (uint32_t i = 0; i < e->nsect; i++)
        if (!strcmp(e->sects[i].name, name))
            return e->sects[i].cls;
    return SC_NONE;
}

static void add_input(Map *m, SectClass cls, uint64_t addr, uint64_t size, const char *file) {
    if (size == 0 || cls == SC_NONE || cls == SC_HEAP || cls == SC_STACK)
        return;
    uint32_t i = part_of(m, file, strlen(file));
    if (cls == SC_TEXT || cls == SC_DATA)
        m->parts.items[i].flash += size;
    if (cls == SC_DATA || cls == SC_BSS)
        m->parts.items[i].ram += size;
    Range r = {addr, size, i};
    vec_push(&m->ranges, r);
}

/* One line of "Linker script and memory map". Output sections start in
 * column 0 (".text  0x0  0x46"); input sections in column 1, with their
 * address, size and file on the same line or, after a long name, on the
 * next (" .text.main\n         0x0c  0x2c a.o"). Symbol, fill, pattern and
 * assignment lines have other shapes and are skipped. */
static void memory_line(Map *m, const Elf *e, MapState *st, char *line) {
    if (line[0] == '.') {  /* output section */
        char *w[3];
        words(line, w, 3);
        st->out = out_class(e, w[0]);
        st->pending = NULL;
        return;
    }
    if (line[0] != ' ')
        return;
    bool input = line[1] != ' ' && line[1] != '*' && line[1] != '\0';
    char *w[5];
    int n = words(line, w, 5);
    if (input && n == 1) {
        st->pending = w[0];  /* points into the line buffer, copied below */
        return;
    }
    if (input && n >= 4 && !strncmp(w[1], "0x", 2) && !strncmp(w[2], "0x", 2)) {
        add_input(m, st->out, strtoull(w[1], NULL, 16), strtoull(w[2], NULL, 16), w[3]);
    } else if (!input && st->pending && n >= 3 && !strncmp(w[0], "0x", 2) &&
               !strncmp(w[1], "0x", 2)) {
        add_input(m, st->out, strtoull(w[0], NULL, 16), strtoull(w[1], NULL, 16), w[2]);
    }
    st->pending = NULL;
}

/* Reads the two sections of a GNU ld map the report uses; a missing or
 * unreadable map leaves m empty. */
static void map_read(Map *m, const Elf *e, const char *path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return;
    enum { NONE, MEMBERS, MEMORY } where = NONE;
    uint32_t cur = UINT32_MAX;
    MapState st = {SC_NONE, NULL};
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        if (!strncmp(line, "Archive member included", 23))
            where = MEMBERS;
        else if (!strncmp(line, "Linker script and memory map", 28))
            where = MEMORY;
        else if (line[0] && line[0] != ' ' && where == MEMBERS && !strchr(line, '('))
            where = NONE;
        else if (where == MEMBERS)
            member_line(m, line, &cur);
        else if (where == MEMORY)
            memory_line(m, e, &st, line);
        line = nl ? nl + 1 : NULL;
    }
    free(text);
}

static void map_free(Map *m) {
    for (uint32_t i = 0; i < m->parts.n; i++) {
        Part *p = &m->parts.items[i];
        free(p->file);
        free(p->name);
        free(p->by_file);
        free(p->by_sym);
    }
    vec_free(&m->parts);
    vec_free(&m->ranges);
}

/* The part whose input section holds addr, or NULL. */
static const Part *part_at(const Map *m, uint64_t addr) {
    for (uint32_t i = 0; i < m->ranges.n; i++) {
        const Range *r = &m->ranges.items[i];
        if (addr >= r->addr && addr < r->addr + r->size)
            return &m->parts.items[r->part];
    }
    return NULL;
}

/* ---- the generated C: symbols and #line ---- */

typedef struct Sources {
    char **text;
    uint32_t n;
    const char *const *paths;
} Sources;

static bool is_ident_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* First whole-word occurrence of name in s, or NULL. */
static const char *find_word(const char *s, const char *name) {
    size_t n = strlen(name);
    for (const char *p = strstr(s, name); p; p = strstr(p + 1, name))
        if ((p == s || !is_ident_char(p[-1])) && !is_ident_char(p[n]))
            return p;
    return NULL;
}

/* Where the code at `at` in the file text came from: the Python line of
 * the closest #line above it ("prog.py:12", true), else the C line. */
static bool where_in(Buf *out, const char *text, const char *at, const char *c_path) {
    unsigned long cline = 1, pyline = 0;
    const char *pyfile = NULL;
    size_t pylen = 0;
    for (const char *p = text; p < at; p++) {
        if (*p != '\n')
            continue;
        cline++;
        pyline++;
        if (!strncmp(p + 1, "#line ", 6)) {
            char *end;
            pyline = strtoul(p + 7, &end, 10) - 1;  /* the directive's own line */
            const char *q = strchr(end, '"');
            const char *r = q ? strchr(q + 1, '"') : NULL;
            if (r) {
                pyfile = q + 1;
                pylen = (size_t)(r - q - 1);
            }
        }
    }
    if (!pyfile) {
        buf_printf(out, "%s:%lu", base_name(c_path), cline);
        return false;
    }
    const char *b = pyfile + pylen;
    while (b > pyfile && b[-1] != '/')
        b--;
    buf_printf(out, "%.*s:%lu", (int)(pyfile + pylen - b), b, pyline);
    return true;
}

static void sources_load(Sources *src, const SizeRequest *req) {
    src->n = req->nc;
    src->paths = req->c_paths;
    src->text = xmalloc(sizeof *src->text * (req->nc ? req->nc : 1));
    for (uint32_t i = 0; i < req->nc; i++) {
        size_t len;
        src->text[i] = read_file(req->c_paths[i], &len);
    }
}

static void sources_free(Sources *src) {
    for (uint32_t i = 0; i < src->n; i++)
        free(src->text[i]);
    free(src->text);
}

static bool defined_name(const char *text, const char *at, char *name, size_t cap);
static bool first_use_depth(Buf *out, const Sources *src, const char *sym, int depth);

/* A symbol used only through a runtime macro (adder_str_type inside
 * ADDER_STR_INIT_N): the line of the first ADDER_STR_ word, or of the first
 * use of the constant that word initializes. */
static void macro_use(Buf *out, const Sources *src, const char *sym) {
    const char *u = strchr(sym, '_');
    const char *end = u ? strchr(u + 1, '_') : NULL;
    if (!end || end - sym > 30)
        return;
    char prefix[32];
    size_t n = (size_t)(end - sym) + 1;
    for (size_t i = 0; i < n; i++)
        prefix[i] = (char)(sym[i] >= 'a' && sym[i] <= 'z' ? sym[i] - 'a' + 'A' : sym[i]);
    prefix[n] = 0;
    for (uint32_t i = 0; i < src->n; i++) {
        const char *p = src->text[i] ? strstr(src->text[i], prefix) : NULL;
        while (p && p > src->text[i] && is_ident_char(p[-1]))
            p = strstr(p + 1, prefix);
        if (p) {
            char var[128];
            Buf via = {0};
            if (defined_name(src->text[i], p, var, sizeof var) &&
                first_use_depth(&via, src, var, 1) && strstr(buf_cstr(&via), ".py:"))
                buf_puts(out, buf_cstr(&via));
            else
                where_in(out, src->text[i], p, src->paths[i]);
            buf_free(&via);
            return;
        }
    }
}

/* Where the generated function sym was defined: the #line that follows
 * its definition ("prog.py:8"), or "" when there is none. */
static void def_line(Buf *out, const Sources *src, const char *sym) {
    for (uint32_t i = 0; i < src->n; i++) {
        const char *t = src->text[i];
        for (const char *p = t ? find_word(t, sym) : NULL; p; p = find_word(p + 1, sym)) {
            const char *eol = strchr(p, '\n');
            if (!eol || eol[-1] != '{' || (p > t && p[-1] != ' '))
                continue;
            const char *dir = strstr(eol, "\n#line ");
            const char *next_def = strstr(eol, "\n}");
            if (!dir || (next_def && next_def < dir))
                return;
            const char *after = strchr(dir + 1, '\n');
            where_in(out, t, after ? after + 1 : dir, src->paths[i]);
            return;
        }
    }
}

/* The variable a file-scope definition line defines ("static const
 * adder_str_t s0 = ADDER_STR_INIT_N(...)" -> "s0") into name, or false. */
static bool defined_name(const char *text, const char *at, char *name, size_t cap) {
    const char *bol = at;
    while (bol > text && bol[-1] != '\n')
        bol--;
    if (*bol == ' ' || *bol == '\t' || *bol == '#')
        return false; /* inside a function, or a directive */
    const char *eq = strstr(bol, " = ");
    const char *eol = strchr(bol, '\n');
    if (!eq || (eol && eq > eol) || eq > at)
        return false;
    const char *e = eq;
    while (e > bol && e[-1] == ']') /* "name[N] = " */
        while (e > bol && *--e != '[')
            ;
    const char *b = e;
    while (b > bol && is_ident_char(b[-1]))
        b--;
    size_t n = (size_t)(e - b);
    if (!n || n >= cap)
        return false;
    memcpy(name, b, n);
    name[n] = 0;
    return true;
}

/* The Python line of the first use of sym in the generated C (the first
 * use under a #line directive; a use in the initializer of a file-scope
 * constant counts as the constant's first use; else the first C line). */
static bool first_use(Buf *out, const Sources *src, const char *sym) {
    return first_use_depth(out, src, sym, 0);
}

static bool first_use_depth(Buf *out, const Sources *src, const char *sym, int depth) {
    Buf c_only = {0};
    for (uint32_t i = 0; i < src->n; i++) {
        if (!src->text[i])
            continue;
        for (const char *p = find_word(src->text[i], sym); p; p = find_word(p + 1, sym)) {
            Buf here = {0};
            bool py = where_in(&here, src->text[i], p, src->paths[i]);
            char var[128];
            Buf via = {0};
            if (!py && depth < 2 && defined_name(src->text[i], p, var, sizeof var) &&
                strcmp(var, sym) && first_use_depth(&via, src, var, depth + 1) &&
                strstr(buf_cstr(&via), ".py:")) {
                buf_free(&here);
                buf_puts(&here, buf_cstr(&via));
                py = true;
            }
            buf_free(&via);
            if (py) {
                buf_puts(out, buf_cstr(&here));
                buf_free(&here);
                buf_free(&c_only);
                return true;
            }
            if (!c_only.len)
                buf_puts(&c_only, buf_cstr(&here));
            buf_free(&here);
        }
    }
    if (!c_only.len)
        macro_use(&c_only, src, sym);
    bool found = c_only.len > 0;
    if (found)
        buf_puts(out, buf_cstr(&c_only));
    buf_free(&c_only);
    return found;
}

static bool defined_in_sources(const Sources *src, const char *sym) {
    for (uint32_t i = 0; i < src->n; i++)
        if (src->text[i] && find_word(src->text[i], sym))
            return true;
    return false;
}

/* A generated function's Python name: "main__Counter__bump" ->
 * "Counter.bump", "main__fact" -> "fact", "m__0module" -> "<module m>";
 * with several modules the module is kept ("m.fact"). NULL if the symbol
 * is not a mangled Python name. */
static bool python_name(Buf *out, const char *sym, bool with_module) {
    const char *sep = strstr(sym, "__");
    if (!sep || sep == sym || !strncmp(sym, "adder_", 6) || !sep[2])
        return false;
    const char *rest = sep + 2;
    if (!strcmp(rest, "0module")) {
        buf_printf(out, "<module %.*s>", (int)(sep - sym), sym);
        return true;
    }
    if (with_module)
        buf_printf(out, "%.*s.", (int)(sep - sym), sym);
    const char *meth = strstr(rest + 1, "__");
    if (meth && meth[2])
        buf_printf(out, "%.*s.%s", (int)(meth - rest), rest, meth + 2);
    else
        buf_puts(out, rest);
    return true;
}

/* ---- the report ---- */

typedef struct Row {
    char *label;
    uint64_t a, b;
    char *note;
} Row;

typedef VEC(Row) Rows;

static int row_cmp(const void *x, const void *y) {
    const Row *r = x, *s = y;
    if (r->a != s->a)
        return r->a < s->a ? 1 : -1;
    if (r->b != s->b)
        return r->b < s->b ? 1 : -1;
    return strcmp(r->label, s->label);
}

static void row_add(Rows *rows, const char *label, uint64_t a, uint64_t b, const char *note) {
    Row r = {dup_n(label, strlen(label)), a, b, dup_n(note, strlen(note))};
    vec_push(rows, r);
}

/* Prints rows sorted by size; two_cols prints b as a second byte count. */
static void rows_print(FILE *out, Rows *rows, bool two_cols) {
    if (rows->n)
        qsort(rows->items, rows->n, sizeof *rows->items, row_cmp);
    uint64_t rest_a = 0, rest_b = 0;
    for (uint32_t i = 0; i < rows->n; i++) {
        Row *r = &rows->items[i];
        if (i >= SIZE_MAX_ROWS) {
            rest_a += r->a;
            rest_b += r->b;
        } else if (two_cols) {
            fprintf(out, "    %9s B %9s B  %-20s %s\n", num(r->a).s, num(r->b).s, r->label,
                    r->note);
        } else {
            fprintf(out, "    %9s B  %-28s %s\n", num(r->a).s, r->label, r->note);
        }
        free(r->label);
        free(r->note);
    }
    if (rows->n > SIZE_MAX_ROWS && two_cols)
        fprintf(out, "    %9s B %9s B  (%u more)\n", num(rest_a).s, num(rest_b).s,
                rows->n - SIZE_MAX_ROWS);
    else if (rows->n > SIZE_MAX_ROWS)
        fprintf(out, "    %9s B  (%u more)\n", num(rest_a).s, rows->n - SIZE_MAX_ROWS);
    vec_free(rows);
}

/* True if the generated functions come from more than one module, so
 * that names keep their module ("m.f"). */
static bool several_modules(const Elf *e, const Sources *src) {
    const char *first = NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < e->syms.n; i++) {
        const char *s = e->syms.items[i].name, *sep = strstr(s, "__");
        if (e->syms.items[i].type != STT_FUNC || !sep || sep == s || !strncmp(s, "adder_", 6))
            continue;
        if (!defined_in_sources(src, s))
            continue;
        if (!first) {
            first = s;
            n = (size_t)(sep - s);
        } else if ((size_t)(sep - s) != n || strncmp(first, s, n)) {
            return true;
        }
    }
    return false;
}

/* Flash per generated function: FUNC symbols with a mangled Python name
 * that appear in the generated C and lie outside the runtime. */
static void full_functions(FILE *out, const Elf *e, const Map *m, const Sources *src) {
    Rows rows = {0};
    bool with_module = several_modules(e, src);
    for (uint32_t i = 0; i < e->syms.n; i++) {
        const Sym *y = &e->syms.items[i];
        if (y->type != STT_FUNC || y->size == 0 || sym_class(e, y) != SC_TEXT)
            continue;
        const Part *p = m ? part_at(m, y->value & ~(uint64_t)1) : NULL;
        Buf name = {0};
        if ((!p || !p->runtime) && python_name(&name, y->name, with_module) &&
            defined_in_sources(src, y->name))
        {
            Buf note = {0};
            def_line(&note, src, y->name);
            buf_printf(&note, "%s%s", note.len ? "  " : "", y->name);
            row_add(&rows, buf_cstr(&name), y->size, 0, buf_cstr(&note));
            buf_free(&note);
        }
        buf_free(&name);
    }
    fprintf(out, "  flash per Python function:\n");
    if (!rows.n)
        fprintf(out, "    (none found)\n");
    rows_print(out, &rows, false);
}

/* "prog.py:3 (adder_print_str)", "via str (adder_str_new)", "-". */
static void pulled_by(Buf *note, const Map *m, const Part *p, const Sources *src) {
    if (!p->by_file) {
        buf_puts(note, "-");
        return;
    }
    for (uint32_t i = 0; i < m->parts.n; i++) {
        const Part *q = &m->parts.items[i];
        if (q != p && !strcmp(q->file, p->by_file) && strchr(q->file, '(')) {
            buf_printf(note, "via %s (%s)", q->name, p->by_sym);
            return;
        }
    }
    if (!first_use(note, src, p->by_sym))
        buf_printf(note, "by %s", base_name(p->by_file));
    buf_printf(note, " (%s)", p->by_sym);
}

/* Notes each part's largest symbol in flash. */
static void fill_largest(Map *m, const Elf *e) {
    for (uint32_t i = 0; i < e->syms.n; i++) {
        const Sym *y = &e->syms.items[i];
        SectClass c = sym_class(e, y);
        if (y->size == 0 || (c != SC_TEXT && c != SC_DATA))
            continue;
        Part *p = (Part *)part_at(m, y->value & ~(uint64_t)1);
        if (p && y->size > p->big_size) {
            p->big_size = y->size;
            p->big_name = y->name;
        }
    }
}

static void full_parts(FILE *out, Map *m, const Elf *e, const Sources *src) {
    Rows rt = {0}, other = {0};
    fill_largest(m, e);
    for (uint32_t i = 0; i < m->parts.n; i++) {
        const Part *p = &m->parts.items[i];
        if (!p->flash && !p->ram)
            continue;
        Buf note = {0};
        pulled_by(&note, m, p, src);
        if (p->runtime && p->big_name && p->big_size * 2 > p->flash && p->big_size < p->flash)
            buf_printf(&note, "; mostly %s (%s B)", p->big_name, num(p->big_size).s);
        row_add(p->runtime ? &rt : &other, p->name, p->flash, p->ram, buf_cstr(&note));
        buf_free(&note);
    }
    fprintf(out, "  per runtime part:      flash       RAM  part                 pulled in by\n");
    rows_print(out, &rt, true);
    fprintf(out, "  program objects and other libraries:\n");
    rows_print(out, &other, true);
}

/* RAM per data/bss symbol, with the part holding it. */
static void full_ram(FILE *out, const Elf *e, const Map *m) {
    Rows rows = {0};
    for (uint32_t i = 0; i < e->syms.n; i++) {
        const Sym *y = &e->syms.items[i];
        SectClass c = sym_class(e, y);
        if (y->size == 0 || (c != SC_DATA && c != SC_BSS) || y->type == STT_FUNC)
            continue;
        const Part *p = m ? part_at(m, y->value) : NULL;
        Buf note = {0};
        buf_printf(&note, "%s  %s", c == SC_DATA ? "data" : "bss ", p ? p->name : "");
        row_add(&rows, y->name, y->size, 0, buf_cstr(&note));
        buf_free(&note);
    }
    fprintf(out, "  RAM per symbol (data, bss):\n");
    if (!rows.n)
        fprintf(out, "    (none)\n");
    rows_print(out, &rows, false);
}

static void percent(Buf *b, uint64_t used, uint64_t limit) {
    if (limit)
        buf_printf(b, " of %s B (%.1f%%)", num(limit).s, 100.0 * (double)used / (double)limit);
}

/* The five summary lines; fills res. */
static void summary(FILE *out, const SizeRequest *req, const Totals *t, SizeResult *res) {
    uint64_t flash = t->text + t->data, stat = t->data + t->bss;
    uint64_t ram = stat + t->heap + t->stack_reserve;
    Buf b = {0};
    fprintf(out, "size of %s for %s:\n", base_name(req->name ? req->name : req->elf),
            req->target ? req->target : "host");
    percent(&b, flash, req->flash_limit);
    fprintf(out, "  flash      %9s B%-24s text %s + data %s\n", num(flash).s, buf_cstr(&b),
            num(t->text).s, num(t->data).s);
    fprintf(out, "  static RAM %9s B%-24s data %s + bss %s\n", num(stat).s, "", num(t->data).s,
            num(t->bss).s);
    fprintf(out, "  heap       %9s B%-24s %s\n", num(t->heap).s, "",
            t->heap ? "static arena" : "none (malloc)");
    StackInfo si = {0};
    fill_stack(&si, req);
    fprintf(out, "  stack      %s\n", buf_cstr(&si.text));
    buf_free(&si.text);
    res->stack_bytes = si.bytes;
    res->stack_bounded = si.bounded;
    b.len = 0;
    percent(&b, ram, req->ram_limit);
    fprintf(out, "  RAM        %9s B%-24s static %s + heap %s + stack reserve %s\n", num(ram).s,
            buf_cstr(&b), num(stat).s, num(t->heap).s, num(t->stack_reserve).s);
    buf_free(&b);
    res->flash_bytes = flash;
    res->ram_bytes = ram;
    /* Overflows are measured like the linker's, padding included; a heap
     * given only by heap_bytes lies outside the spans and is added. */
    uint64_t fspan = t->flash_span > flash ? t->flash_span : flash;
    uint64_t rspan = t->ram_span + (t->heap_in_elf ? 0 : t->heap);
    if (rspan < ram)
        rspan = ram;
    res->flash_span = fspan;
    res->ram_span = rspan;
    res->flash_over = req->flash_limit && fspan > req->flash_limit ? fspan - req->flash_limit : 0;
    res->ram_over = req->ram_limit && rspan > req->ram_limit ? rspan - req->ram_limit : 0;
}

static void overflow(FILE *out, const SizeRequest *req, const SizeResult *res) {
    const char *target = req->target ? req->target : "host";
    if (res->flash_over)
        fprintf(out, "error: the program does not fit %s: flash overflows by %s B\n", target,
                num(res->flash_over).s);
    if (res->ram_over)
        fprintf(out, "error: the program does not fit %s: RAM overflows by %s B\n", target,
                num(res->ram_over).s);
}

bool driver_size_report(FILE *out, const SizeRequest *req, SizeResult *res) {
    memset(res, 0, sizeof *res);
    Elf e = {0};
    char *bytes = read_file(req->elf, &e.len);
    if (!bytes) {
        fprintf(stderr, "adder: error: cannot read '%s': %s\n", req->elf, strerror(errno));
        return false;
    }
    e.p = (const uint8_t *)bytes;
    if (!elf_parse(&e)) {
        fprintf(stderr, "adder: error: '%s' is not an ELF file adder can read\n", req->elf);
        free(e.sects);
        vec_free(&e.syms);
        vec_free(&e.segs);
        free(bytes);
        return false;
    }
    Totals t;
    fill_totals(&e, req, &t);
    summary(out, req, &t, res);
    if (req->mode == SIZE_FULL) {
        Map m = {0};
        Sources src;
        sources_load(&src, req);
        if (req->map)
            map_read(&m, &e, req->map);
        full_functions(out, &e, req->map ? &m : NULL, &src);
        if (req->map)
            full_parts(out, &m, &e, &src);
        else
            fprintf(out, "  per runtime part: unknown (no map file)\n");
        full_ram(out, &e, req->map ? &m : NULL);
        sources_free(&src);
        map_free(&m);
    }
    overflow(out, req, res);
    free(e.sects);
    vec_free(&e.syms);
    vec_free(&e.segs);
    free(bytes);
    return true;
}

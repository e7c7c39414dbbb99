/* lex/unicode_props.c: lookups in the generated Unicode tables, strict UTF-8, and
 * NFKC for identifiers.
 *
 * NFKC follows UAX #15: full compatibility decomposition (each identifier
 * character's NFKD is tabulated; Hangul syllables are left composed, which
 * gives the same result because composition rebuilds them), canonical
 * ordering of combining marks by a stable insertion sort, then canonical
 * composition with the "blocked" rule, Hangul L+V and LV+T done
 * arithmetically. Only identifier characters reach lex_nfkc. */
#include "lex/unicode_props.h"

#include <stdlib.h>

enum {
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_LN = 19, HANGUL_VN = 21, HANGUL_TN = 28, HANGUL_SN = 19 * 21 * 28,
};

static bool in_ranges(const LexRange *r, uint32_t n, uint32_t cp) {
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool lex_is_xid_start(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return in_ranges(lex_xid_start, lex_xid_start_n, cp);
}

bool lex_is_xid_continue(uint32_t cp) {
    if (cp < 0x80)
        return lex_is_xid_start(cp) || (cp >= '0' && cp <= '9');
    return in_ranges(lex_xid_continue, lex_xid_continue_n, cp);
}

bool lex_is_printable(uint32_t cp) { return !in_ranges(lex_nonprintable, lex_nonprintable_n, cp); }

uint32_t lex_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp) {
    unsigned c = p[0];
    uint32_t n, v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((uint32_t)(end - p) < n)
        return 0;
    for (uint32_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

static uint32_t ccc(uint32_t cp) {
    uint32_t lo = 0, hi = lex_ccc_n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (cp < lex_ccc[mid].lo)
            hi = mid;
        else if (cp > lex_ccc[mid].hi)
            lo = mid + 1;
        else
            return lex_ccc[mid].ccc;
    }
    return 0;
}

static const LexDecomp *find_decomp(uint32_t cp) {
    uint32_t lo = 0, hi = lex_decomp_n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (cp < lex_decomp[mid].cp)
            hi = mid;
        else if (cp > lex_decomp[mid].cp)
            lo = mid + 1;
        else
            return &lex_decomp[mid];
    }
    return NULL;
}

/* The primary composite of a + b, or 0. */
static uint32_t compose(uint32_t a, uint32_t b) {
    if (a >= HANGUL_L && a < HANGUL_L + HANGUL_LN && b >= HANGUL_V && b < HANGUL_V + HANGUL_VN)
        return HANGUL_S + ((a - HANGUL_L) * HANGUL_VN + (b - HANGUL_V)) * HANGUL_TN;
    if (a >= HANGUL_S && a < HANGUL_S + HANGUL_SN && (a - HANGUL_S) % HANGUL_TN == 0 && b > HANGUL_T &&
        b < HANGUL_T + HANGUL_TN)
        return a + (b - HANGUL_T);
    uint32_t lo = 0, hi = lex_compose_n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const LexCompose *c = &lex_compose[mid];
        if (a < c->first || (a == c->first && b < c->second))
            hi = mid;
        else if (a > c->first || b > c->second)
            lo = mid + 1;
        else
            return c->composite;
    }
    return 0;
}

static void reorder(LexCodepoints *v) {
    for (uint32_t i = 1; i < v->n; i++) {
        uint32_t c = v->items[i], cc = ccc(c);
        if (cc == 0)
            continue;
        uint32_t j = i;
        while (j > 0 && ccc(v->items[j - 1]) > cc) {
            v->items[j] = v->items[j - 1];
            j--;
        }
        v->items[j] = c;
    }
}

static void recompose(LexCodepoints *v) {
    if (v->n == 0)
        return;
    uint32_t starter = 0, out = 1;
    uint32_t last = ccc(v->items[0]) ? 256 : 0;
    for (uint32_t i = 1; i < v->n; i++) {
        uint32_t c = v->items[i], cc = ccc(c);
        uint32_t comp = compose(v->items[starter], c);
        if (comp && (last < cc || last == 0) && (last != 0 || out == starter + 1)) {
            v->items[starter] = comp;
            continue;
        }
        if (cc == 0)
            starter = out;
        last = cc;
        v->items[out++] = c;
    }
    v->n = out;
}

void lex_nfkc(LexCodepoints *cps, LexCodepoints *tmp) {
    tmp->n = 0;
    for (uint32_t i = 0; i < cps->n; i++) {
        const LexDecomp *d = find_decomp(cps->items[i]);
        if (!d) {
            vec_push(tmp, cps->items[i]);
            continue;
        }
        for (uint32_t k = 0; k < d->n; k++)
            vec_push(tmp, lex_decomp_pool[d->off + k]);
    }
    reorder(tmp);
    recompose(tmp);
    cps->n = 0;
    for (uint32_t i = 0; i < tmp->n; i++)
        vec_push(cps, tmp->items[i]);
}

/* parse/unicode_names.c: name -> code point for \N{NAME} escapes.
 *
 * The data (unicode_names.inc, made by gen_unicode_names.py from CPython's
 * unicodedata) is a word dictionary plus a stream of front-coded entries in
 * code point order; see the generator for the exact encoding. A lookup is
 * two linear passes and allocates nothing: first the query's words are
 * found in the dictionary (a word that is not there means no such name),
 * then the entries are decoded one by one, keeping the current name as a
 * list of word indices, until one equals the query's list. \N escapes are
 * rare, so ~360 KB of scanning per lookup costs nothing noticeable and the
 * tables need no index or start-up work.
 *
 * Hangul syllables and CJK unified ideographs are computed, following
 * CPython's Modules/unicodedata.c (_getcode): both prefixes are matched
 * case-sensitively, and a name with either prefix is never looked up in
 * the table. */
#include "parse/unicode_names.h"

#include <string.h>

#include "parse/unicode_names.inc"

/* Hangul syllable composition (Unicode 3.12, Conjoining Jamo Behavior). */
enum { HANGUL_SBASE = 0xAC00, HANGUL_LCOUNT = 19, HANGUL_VCOUNT = 21, HANGUL_TCOUNT = 28 };

static const char *const JAMO_L[HANGUL_LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
};
static const char *const JAMO_V[HANGUL_VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
    "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
};
static const char *const JAMO_T[HANGUL_TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
    "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
};

/* Index of the longest entry of `jamo` that prefixes s[0..n), or -1;
 * *used gets its length. */
static int jamo(const char *s, size_t n, const char *const *jamo_list, int count, size_t *used) {
    int best = -1;
    *used = 0;
    for (int i = 0; i < count; i++) {
        size_t k = strlen(jamo_list[i]);
        if ((best < 0 || k > *used) && k <= n && memcmp(s, jamo_list[i], k) == 0) {
            best = i;
            *used = k;
        }
    }
    return best;
}

static bool hangul(const char *s, size_t n, uint32_t *cp) {
    size_t k;
    int l = jamo(s, n, JAMO_L, HANGUL_LCOUNT, &k);
    s += k, n -= k;
    int v = jamo(s, n, JAMO_V, HANGUL_VCOUNT, &k);
    s += k, n -= k;
    int t = jamo(s, n, JAMO_T, HANGUL_TCOUNT, &k);
    n -= k;
    if (l < 0 || v < 0 || t < 0 || n != 0)
        return false;
    *cp = HANGUL_SBASE + (uint32_t)((l * HANGUL_VCOUNT + v) * HANGUL_TCOUNT + t);
    return true;
}

/* "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits in a CJK range. */
static bool cjk(const char *s, size_t n, uint32_t *cp) {
    if (n != 4 && n != 5)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        else
            return false;
    }
    for (size_t i = 0; i < sizeof CJK_UNIFIED / sizeof CJK_UNIFIED[0]; i++)
        if (v >= CJK_UNIFIED[i][0] && v <= CJK_UNIFIED[i][1]) {
            *cp = v;
            return true;
        }
    return false;
}

/* Byte i of a table split into rows. */
static char row_at(const char (*rows)[NAMES_ROW + 1], uint32_t i) { return rows[i / NAMES_ROW][i % NAMES_ROW]; }

/* Value of a symbol: its index in ASCII 0x20..0x7E without '"', '?', '\\'. */
static uint32_t symbol(char c) {
    return (uint32_t)(c - 0x20) - (c > '"') - (c > '?') - (c > '\\');
}

/* Decodes one number of the stream at *pos. */
static uint32_t number(uint32_t *pos) {
    uint32_t v = 0;
    for (;;) {
        uint32_t d = symbol(row_at(NAMES_STREAM, (*pos)++));
        if (d < NAMES_BASE)
            return v * NAMES_BASE + d;
        v = v * NAMES_BASE + (d - NAMES_BASE);
    }
}

typedef struct Query {
    const char *word[NAMES_MAX_WORDS]; /* upper-cased words of the name */
    uint8_t wlen[NAMES_MAX_WORDS];
    uint32_t index[NAMES_MAX_WORDS];   /* their dictionary indices */
    uint32_t n;
} Query;

/* Splits the upper-cased name at single spaces; false if no name can match. */
static bool split(Query *q, const char *up, size_t len) {
    q->n = 0;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && up[i] != ' ')
            continue;
        if (i == start || q->n == NAMES_MAX_WORDS)
            return false;
        q->word[q->n] = up + start;
        q->wlen[q->n] = (uint8_t)(i - start);
        q->index[q->n] = UINT32_MAX;
        q->n++;
        start = i + 1;
    }
    return true;
}

/* Finds each query word in the dictionary; false if one is missing. */
static bool find_words(Query *q) {
    uint32_t missing = q->n, pos = 0;
    for (uint32_t w = 0; w < NAMES_NWORDS && missing; w++) {
        uint32_t start = pos;
        while (row_at(NAMES_WORDS, pos) != ' ')
            pos++;
        uint32_t wl = pos - start;
        for (uint32_t k = 0; k < q->n; k++) {
            if (q->index[k] != UINT32_MAX || q->wlen[k] != wl)
                continue;
            uint32_t j = 0;
            while (j < wl && row_at(NAMES_WORDS, start + j) == q->word[k][j])
                j++;
            if (j == wl) {
                q->index[k] = w;
                missing--;
            }
        }
        pos++;
    }
    return missing == 0;
}

/* Scans the entries for the query's word list. */
static bool find_entry(const Query *q, uint32_t *cp) {
    uint32_t cur[NAMES_MAX_WORDS], code = 0, pos = 0;
    for (uint32_t e = 0; e < NAMES_NENTRIES; e++) {
        code += number(&pos);
        uint32_t shared = number(&pos), fresh = number(&pos);
        for (uint32_t k = 0; k < fresh; k++)
            cur[shared + k] = number(&pos);
        if (shared + fresh != q->n)
            continue;
        uint32_t k = 0;
        while (k < q->n && cur[k] == q->index[k])
            k++;
        if (k == q->n) {
            *cp = code;
            return true;
        }
    }
    return false;
}

bool parse_unicode_name(const char *name, size_t len, uint32_t *cp) {
    static const char hangul_prefix[] = "HANGUL SYLLABLE ", cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-";
    size_t hl = sizeof hangul_prefix - 1, cl = sizeof cjk_prefix - 1;
    if (len >= hl && memcmp(name, hangul_prefix, hl) == 0)
        return hangul(name + hl, len - hl, cp);
    if (len >= cl && memcmp(name, cjk_prefix, cl) == 0)
        return cjk(name + cl, len - cl, cp);
    if (len == 0 || len > NAMES_MAX_LEN)
        return false;
    char up[NAMES_MAX_LEN];
    for (size_t i = 0; i < len; i++)
        up[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 'a' + 'A') : name[i];
    Query q;
    return split(&q, up, len) && find_words(&q) && find_entry(&q, cp);
}

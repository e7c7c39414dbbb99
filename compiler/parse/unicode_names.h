/* parse/unicode_names.h: internal to parse/ — Unicode character names for
 * the \N{NAME} escape (parse_string.c). Nothing outside parse/ includes it. */
#ifndef ADDER_PARSE_UNICODE_NAMES_H
#define ADDER_PARSE_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Resolves a character name the way CPython 3.11 resolves \N{name}: the
 * names and formal aliases of Unicode 14.0, compared case-insensitively,
 * plus the algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE
 * ..." names, which CPython compares case-sensitively. Named sequences are
 * not characters and are not found. Returns false if unknown. */
bool parse_unicode_name(const char *name, size_t len, uint32_t *cp);

#endif

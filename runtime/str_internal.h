/* runtime/str_internal.h: helpers shared by str.c, str_ops.c and
 * str_build.c. Internal to the runtime: generated code must not include
 * it. All byte strings are valid UTF-8 (the runtime never makes others). */
#ifndef ADDER_RUNTIME_STR_INTERNAL_H
#define ADDER_RUNTIME_STR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "adder/str.h"

/* Decodes the code point at p into *cp; returns its byte length (1-4). */
static inline uint32_t adder_utf8_decode(const unsigned char *p, uint32_t *cp) {
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] < 0xE0) {
        *cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3Fu);
        return 2;
    }
    if (p[0] < 0xF0) {
        *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3Fu);
        return 3;
    }
    *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
          ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3Fu);
    return 4;
}

/* Start of the code point that ends just before byte offset off (> 0). */
static inline size_t adder_utf8_back(const char *data, size_t off) {
    do
        off--;
    while (off > 0 && ((unsigned char)data[off] & 0xC0) == 0x80);
    return off;
}

/* Encodes cp into out (4 bytes of room); returns the length. */
uint32_t adder_utf8_encode(uint32_t cp, char *out);
/* Code points in n bytes; *ascii is set when all bytes are < 0x80. */
size_t adder_utf8_count(const char *data, size_t n, int *ascii);
/* A new str of size bytes with known counts; the caller fills the bytes
 * (the NUL is written here). NULL with MemoryError. */
adder_str_t *adder_str_make(size_t size, size_t nchars, int ascii);
/* Code points of s (scanning unscanned literals). */
int64_t adder_str_nchars(const adder_str_t *s);
/* Byte offset of code point index i (0 <= i <= nchars). */
size_t adder_str_offset(const adder_str_t *s, int64_t i);
/* Byte offset of the first occurrence of sub in data[from, to), or -1. */
int64_t adder_bytes_find(const char *data, size_t from, size_t to, const adder_str_t *sub);

#endif

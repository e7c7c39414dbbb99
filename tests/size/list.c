/* tests/size/list.c: a runtime part pulled in by str.c (test_size.c). */
#include <stdint.h>

int64_t adder_list_get(int64_t n);

static int64_t adder_list_cache[8] = {1};

int64_t adder_list_get(int64_t n) {
    adder_list_cache[n & 7] = n;
    return adder_list_cache[(n + 1) & 7];
}

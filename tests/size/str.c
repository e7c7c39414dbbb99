/* tests/size/str.c: a runtime part of the fake libadder-rt.a (test_size.c). */
#include <stdint.h>

int64_t adder_list_get(int64_t n);
int64_t adder_str_len(int64_t n);

__attribute__((noinline)) int64_t adder_str_len(int64_t n) {
    volatile char buf[40];
    buf[0] = (char)n;
    return adder_list_get(buf[0]);
}

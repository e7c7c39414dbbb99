/* tests/size/gen.c: stands in for a generated C file in test_size.c: mangled
 * Python names (main__fact), #line directives and a call into the runtime
 * archive (str.c -> list.c). SIZE_TEST_RECURSION and SIZE_TEST_INDIRECT
 * add a recursive and an indirect call for the stack analysis. */
#include <stdint.h>

int64_t adder_str_len(int64_t n);
int main(void);

volatile int64_t main__table[64];  /* 512 B of .bss */
int64_t main__counter = 5;         /* 8 B of .data */

__attribute__((noinline)) int64_t main__fact(int64_t n) {
    volatile int64_t frame[4];
#line 2 "prog.py"
    frame[0] = n;
#line 3 "prog.py"
    return frame[0] + adder_str_len(n);
}

#if SIZE_TEST_RECURSION
__attribute__((noinline)) int64_t main__rec(int64_t n) {
#line 7 "prog.py"
    return n > 0 ? main__rec(n - 1) + main__table[n & 63] : 0;
}
#endif

#if SIZE_TEST_INDIRECT
int64_t (*volatile main__hook)(int64_t) = main__fact;
#endif

__attribute__((noinline)) void main__0module(void) {
#line 10 "prog.py"
    main__table[1] = main__fact(main__counter);
#if SIZE_TEST_RECURSION
    main__table[2] = main__rec(main__counter);
#endif
#if SIZE_TEST_INDIRECT
    main__table[3] = main__hook(2);
#endif
}

#line 40 "gen.c"
int main(void) {
    main__0module();
    return (int)main__table[1];
}

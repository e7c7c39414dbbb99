/* C side of adder_extern.py: the firmware functions it declares @extern. */
#include <stdbool.h>
#include <stdint.h>

uint8_t hal_add_u8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
double hal_scale(int32_t x, double k) { return (double)x * k; }
bool hal_parity(uint16_t v) {
    int n = 0;
    for (int i = 0; i < 16; i++)
        n += (v >> i) & 1;
    return n % 2 == 1;
}
float hal_half(float x) { return x / 2.0f; }
